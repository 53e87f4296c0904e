import { feedDate, plainText, resolveLink } from './feed-values';

describe('feedDate', () => {
  it.each([
    ['Mon, 02 Mar 2026 08:30:00 GMT', '2026-03-02T08:30:00.000Z'],
    ['Mon, 02 Mar 2026 14:00:00 +0530', '2026-03-02T08:30:00.000Z'],
    ['Mon, 02 Mar 2026 03:30:00 EST', '2026-03-02T08:30:00.000Z'],
    ['2026-03-02T08:30:00Z', '2026-03-02T08:30:00.000Z'],
    ['2026-03-02T10:30:00+02:00', '2026-03-02T08:30:00.000Z'],
    ['2026-03-02 08:30:00', '2026-03-02T08:30:00.000Z'],
    ['2026-03-02T08:30', '2026-03-02T08:30:00.000Z'],
    ['2026-03-02', '2026-03-02T00:00:00.000Z'],
  ])('reads %s', (text, iso) => {
    expect(feedDate(text)).toBe(iso);
  });

  it.each([undefined, '', '  ', 'not a date', 'yesterday'])('gives undefined for %p', (text) => {
    expect(feedDate(text)).toBeUndefined();
  });
});

describe('resolveLink', () => {
  it('resolves relative links and keeps only http(s)', () => {
    expect(resolveLink(' /a ', 'https://n.example/feed')).toBe('https://n.example/a');
    expect(resolveLink('javascript:alert(1)', 'https://n.example/')).toBeUndefined();
    expect(resolveLink('mailto:x@y', undefined)).toBeUndefined();
    expect(resolveLink('/a', undefined)).toBeUndefined();
    expect(resolveLink('', 'https://n.example/')).toBeUndefined();
  });
});

describe('plainText', () => {
  it('strips markup and decodes entities', () => {
    expect(plainText('<p>Caf&eacute; &amp; t&#xE9;a<script>x()</script><style>p{}</style></p>&nbsp;<b>ok</b>')).toBe(
      'Café & téa ok',
    );
    expect(plainText('Tom &amp; Jerry')).toBe('Tom & Jerry');
    expect(plainText('<br/>')).toBeUndefined();
  });
});
