import { ENCODED_SAMPLES, encodedArticle, UTF8_TEXT, utf8Article } from '@newsflow/fixture-site';
import { decodeBodyText } from './body-text';

describe('decodeBodyText', () => {
  it.each([
    ['windows-1251', 'text/html; charset=windows-1251', undefined],
    ['gbk', 'text/html; charset=gb2312', undefined],
    ['shift_jis', 'text/html', 'shift_jis'],
    ['iso-8859-2', 'text/html; charset=iso-8859-2', undefined],
    ['windows-1251', 'text/html', 'windows-1251'],
  ] as const)('decodes %s (header %s, meta %s)', (name, header, meta) => {
    const sample = ENCODED_SAMPLES[name];
    const { text, charset } = decodeBodyText(encodedArticle(sample, meta), header);
    expect(text).toContain(sample.text);
    expect(charset).toBe(sample.encoding);
  });

  it('ignores a Latin-1 header on valid UTF-8 bytes (latin1-declared-utf8-bytes)', () => {
    const { text, charset } = decodeBodyText(utf8Article(), 'text/html; charset=ISO-8859-1');
    expect(text).toContain(UTF8_TEXT);
    expect(charset).toBe('utf-8');
  });

  it('keeps a Latin-1 header on genuine Latin-1 bytes', () => {
    const bytes = Buffer.from('<p>caf\xe9 cr\xe8me</p>', 'latin1');
    expect(decodeBodyText(bytes, 'text/html; charset=ISO-8859-1').text).toContain('café crème');
  });

  it('uses the XML declaration when the header has no charset (xml-declaration-charset)', () => {
    const xml = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="windows-1251"?><rss><channel><title>', 'ascii'),
      Buffer.from(ENCODED_SAMPLES['windows-1251'].hex, 'hex'),
      Buffer.from('</title></channel></rss>', 'ascii'),
    ]);
    expect(decodeBodyText(xml, 'application/rss+xml').text).toContain(ENCODED_SAMPLES['windows-1251'].text);
  });

  it('reads JSON as UTF-8', () => {
    expect(decodeBodyText(Buffer.from('{"title":"Ελλάδα"}'), 'application/feed+json').text).toBe('{"title":"Ελλάδα"}');
  });
});
