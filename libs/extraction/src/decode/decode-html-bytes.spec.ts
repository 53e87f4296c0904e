import { encodeLegacy } from '../test-support/encode-legacy';
import { decodeHtmlBytes } from './decode-html-bytes';
import { charsetFromContentType } from './content-type';
import { canonicalEncoding } from './encoding-label';
import { prescanMetaCharset } from './meta-prescan';
import { sniffEncoding } from './sniff-encoding';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const page = (head: string, body: string): string =>
  `<!doctype html><html><head>${head}<title>t</title></head><body><p>${body}</p></body></html>`;

const RUSSIAN =
  'Министр обороны заявил, что сотрудничество между странами необходимо для обеспечения безопасности в регионе. ' +
  'Встреча прошла в столице Казахстана.';
const CHINESE =
  '国防部长表示，两国应当加强防务合作，以改善地区安全与稳定。会议在哈萨克斯坦首都举行，双方讨论了许多问题。';
const JAPANESE =
  '国防相は、地域の安全と安定のために両国が防衛協力を強化すべきだと述べた。会談はカザフスタンの首都で行われた。';
const KOREAN =
  '국방부 장관은 지역 안보와 안정을 위해 양국이 국방 협력을 강화해야 한다고 말했습니다. 회담은 카자흐스탄에서 열렸습니다.';
const POLISH =
  'Zażółć gęślą jaźń. Minister obrony powiedział, że współpraca jest konieczna dla bezpieczeństwa regionu.';
const FRENCH =
  'Le ministre a déclaré que la coopération était nécessaire à la sécurité de la région, à l’été prochain. Voilà €';

describe('canonicalEncoding (WHATWG labels)', () => {
  it.each([
    ['iso-8859-1', 'windows-1252'],
    ['US-ASCII', 'windows-1252'],
    ['gb2312', 'gbk'],
    ['x-sjis', 'shift_jis'],
    ['latin2', 'iso-8859-2'],
    ['"utf8"', 'utf-8'],
    ['x-user-defined', 'windows-1252'],
  ])('%s → %s', (label, expected) => {
    expect(canonicalEncoding(label)).toBe(expected);
  });
  it('refuses unknown and replacement labels', () => {
    expect(canonicalEncoding('klingon')).toBeNull();
    expect(canonicalEncoding('iso-2022-kr')).toBeNull();
    expect(canonicalEncoding('')).toBeNull();
  });
});

describe('charsetFromContentType', () => {
  it('reads quoted and unquoted charset parameters', () => {
    expect(charsetFromContentType('text/html; charset=ISO-8859-1')).toBe('windows-1252');
    expect(charsetFromContentType('text/html;charset="utf-8"')).toBe('utf-8');
    expect(charsetFromContentType('text/html')).toBeNull();
    expect(charsetFromContentType(undefined)).toBeNull();
  });
});

describe('prescanMetaCharset', () => {
  it('finds <meta charset> and http-equiv declarations, skipping comments', () => {
    expect(prescanMetaCharset(utf8('<head><meta charset="windows-1251">'))).toBe('windows-1251');
    expect(prescanMetaCharset(utf8('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'))).toBe(
      'gbk',
    );
    expect(prescanMetaCharset(utf8('<!-- <meta charset="koi8-r"> --><meta charset=shift_jis>'))).toBe('shift_jis');
    expect(prescanMetaCharset(utf8('<meta charset="utf-16">'))).toBe('utf-8');
  });
  it('ignores declarations beyond the prescan window', () => {
    expect(prescanMetaCharset(utf8(' '.repeat(5000) + '<meta charset="koi8-r">'))).toBeNull();
  });
});

describe('decodeHtmlBytes', () => {
  it('decodes Windows-1251 declared by <meta>', () => {
    const bytes = encodeLegacy(page('<meta charset="windows-1251">', RUSSIAN), 'windows-1251');
    const out = decodeHtmlBytes(bytes);
    expect(out.charset).toBe('windows-1251');
    expect(out.html).toContain(RUSSIAN);
  });

  it('decodes GB2312/GBK declared by http-equiv', () => {
    const head = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">';
    const out = decodeHtmlBytes(encodeLegacy(page(head, CHINESE), 'gbk'));
    expect(out.charset).toBe('gbk');
    expect(out.html).toContain(CHINESE);
  });

  it('decodes Shift_JIS declared by the Content-Type header', () => {
    const out = decodeHtmlBytes(encodeLegacy(page('', JAPANESE), 'shift_jis'), 'text/html; charset=Shift_JIS');
    expect(out.charset).toBe('shift_jis');
    expect(out.html).toContain(JAPANESE);
  });

  it('decodes ISO-8859-2 and ISO-8859-15', () => {
    const polish = decodeHtmlBytes(encodeLegacy(page('<meta charset="iso-8859-2">', POLISH), 'iso-8859-2'));
    expect(polish.charset).toBe('iso-8859-2');
    expect(polish.html).toContain(POLISH);
    const euro = 'Prix: 10 € - café';
    const french = decodeHtmlBytes(encodeLegacy(page('<meta charset="ISO-8859-15">', euro), 'iso-8859-15'));
    expect(french.charset).toBe('iso-8859-15');
    expect(french.html).toContain('10 €');
  });

  it('lets a BOM override header and meta', () => {
    const body = utf8(page('<meta charset="windows-1251">', 'héllo'));
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...body]);
    const out = decodeHtmlBytes(withBom, 'text/html; charset=iso-8859-1');
    expect(out.charset).toBe('utf-8');
    expect(out.html.startsWith('<!doctype')).toBe(true);
    expect(out.html).toContain('héllo');

    const utf16 = Buffer.from('\ufeff' + page('', 'ünï'), 'utf16le');
    const le = decodeHtmlBytes(new Uint8Array(utf16));
    expect(le.charset).toBe('utf-16le');
    expect(le.html).toContain('ünï');
    expect(le.html.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('trusts a UTF-8 header when the bytes are valid UTF-8, even against the meta', () => {
    const out = decodeHtmlBytes(utf8(page('<meta charset="windows-1251">', RUSSIAN)), 'text/html; charset=utf-8');
    expect(out.charset).toBe('utf-8');
    expect(out.html).toContain(RUSSIAN);
  });

  it('ignores a lying UTF-8 header when the bytes are not UTF-8: the meta wins', () => {
    const bytes = encodeLegacy(page('<meta charset="windows-1251">', RUSSIAN), 'windows-1251');
    const out = decodeHtmlBytes(bytes, 'text/html; charset=UTF-8');
    expect(out.charset).toBe('windows-1251');
    expect(out.html).toContain(RUSSIAN);
  });

  it('ignores a lying UTF-8 header and meta: sniffing wins', () => {
    const bytes = encodeLegacy(page('<meta charset="utf-8">', RUSSIAN), 'windows-1251');
    const out = decodeHtmlBytes(bytes, 'text/html; charset=utf-8');
    expect(out.charset).toBe('windows-1251');
    expect(out.html).toContain(RUSSIAN);
  });

  it('turns invalid UTF-8 into U+FFFD without throwing', () => {
    const good = utf8(
      page('<meta charset="utf-8">', 'Grüße aus Köln, schöne Grüße, überall Umlaute: äöü ÄÖÜ ß'.repeat(3)),
    );
    const broken = Uint8Array.from([...good.subarray(0, 80), 0xff, 0xc3, 0x28, ...good.subarray(80)]);
    const out = decodeHtmlBytes(broken);
    expect(out.charset).toBe('utf-8');
    expect(out.html).toContain('\ufffd');
    expect(out.html).toContain('Grüße aus Köln');
    expect(() => decodeHtmlBytes(Uint8Array.of(0xff, 0xfe, 0xfd))).not.toThrow();
    expect(decodeHtmlBytes(new Uint8Array(0)).html).toBe('');
  });
});

describe('sniffEncoding (nothing declared)', () => {
  it.each([
    ['windows-1251', RUSSIAN, 'windows-1251'],
    ['koi8-r', RUSSIAN, 'koi8-r'],
    ['gbk', CHINESE, 'gbk'],
    ['shift_jis', JAPANESE, 'shift_jis'],
    ['euc-jp', JAPANESE, 'euc-jp'],
    ['euc-kr', KOREAN, 'euc-kr'],
    ['windows-1252', FRENCH, 'windows-1252'],
  ])('recognises %s', (encoding, text, expected) => {
    const bytes = encodeLegacy(page('', text), encoding);
    expect(sniffEncoding(bytes)).toBe(expected);
    expect(decodeHtmlBytes(bytes).html).toContain(text);
  });
  it('prefers UTF-8 when the bytes are valid UTF-8', () => {
    expect(sniffEncoding(utf8(page('', CHINESE)))).toBe('utf-8');
  });
});
