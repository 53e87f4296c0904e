import { formatIpv4, parseIpv4, parseIpv6 } from './ip-literals';

describe('parseIpv4 (inet_aton spellings)', () => {
  it.each([
    ['127.0.0.1', '127.0.0.1'],
    ['127.1', '127.0.0.1'],
    ['127.0.1', '127.0.0.1'],
    ['0x7f.0.0.1', '127.0.0.1'],
    ['0x7f000001', '127.0.0.1'],
    ['2130706433', '127.0.0.1'],
    ['017700000001', '127.0.0.1'],
    ['0177.0.0.01', '127.0.0.1'],
    ['10.0.0.1.', '10.0.0.1'],
    ['0', '0.0.0.0'],
    ['255.255.255.255', '255.255.255.255'],
  ])('reads %s as %s', (text, expected) => {
    const parsed = parseIpv4(text);
    expect(parsed).toBeDefined();
    expect(formatIpv4(parsed as number)).toBe(expected);
  });

  it.each(['256.0.0.1', '1.2.3.4.5', '08.1.1.1', 'example.com', '', '1..1', '4294967296', '1.2.65536'])(
    'rejects %s',
    (text) => {
      expect(parseIpv4(text)).toBeUndefined();
    },
  );
});

describe('parseIpv6', () => {
  it.each([
    ['::1', [0, 0, 0, 0, 0, 0, 0, 1]],
    ['[::1]', [0, 0, 0, 0, 0, 0, 0, 1]],
    ['::', [0, 0, 0, 0, 0, 0, 0, 0]],
    ['::ffff:127.0.0.1', [0, 0, 0, 0, 0, 0xffff, 0x7f00, 1]],
    ['::ffff:7f00:1', [0, 0, 0, 0, 0, 0xffff, 0x7f00, 1]],
    ['::127.0.0.1', [0, 0, 0, 0, 0, 0, 0x7f00, 1]],
    ['1:2:3:4:5:6:1.2.3.4', [1, 2, 3, 4, 5, 6, 0x102, 0x304]],
    ['fe80::1%eth0', [0xfe80, 0, 0, 0, 0, 0, 0, 1]],
    ['2001:db8::', [0x2001, 0xdb8, 0, 0, 0, 0, 0, 0]],
    ['1:2:3:4:5:6:7:8', [1, 2, 3, 4, 5, 6, 7, 8]],
  ])('reads %s', (text, groups) => {
    expect(parseIpv6(text)).toEqual(groups);
  });

  it.each(['1:2:3:4:5:6:7', '1::2::3', ':::', '12345::', '::ffff:1.2.3', 'example.com', '1:2:3:4:5:6:7:8:9'])(
    'rejects %s',
    (text) => {
      expect(parseIpv6(text)).toBeUndefined();
    },
  );
});
