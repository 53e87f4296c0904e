import { classifyAddress, classifyHost } from './address-policy';

// Pure decisions only: nothing here connects anywhere.
describe('classifyAddress', () => {
  it.each([
    // loopback in every spelling
    ['127.0.0.1', 'loopback'],
    ['127.1', 'loopback'],
    ['0x7f.0.0.1', 'loopback'],
    ['0x7f000001', 'loopback'],
    ['2130706433', 'loopback'],
    ['017700000001', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['0:0:0:0:0:0:0:1', 'loopback'],
    ['localhost', 'loopback'],
    ['LOCALHOST.', 'loopback'],
    ['api.localhost', 'loopback'],
    // IPv4-mapped IPv6 in both notations
    ['[::ffff:127.0.0.1]', 'ipv4-mapped'],
    ['[::ffff:7f00:1]', 'ipv4-mapped'],
    ['::ffff:10.0.0.1', 'ipv4-mapped'],
    ['::ffff:8.8.8.8', 'ipv4-mapped'],
    // unspecified
    ['0.0.0.0', 'unspecified'],
    ['0', 'unspecified'],
    ['::', 'unspecified'],
    // private
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'private'],
    ['100.127.255.255', 'private'],
    ['fc00::1', 'private'],
    ['fd12:3456::1', 'private'],
    ['fec0::1', 'private'],
    ['64:ff9b:1::1', 'private'],
    // cloud metadata, by address and by name
    ['169.254.169.254', 'cloud-metadata'],
    ['0xa9.0xfe.0xa9.0xfe', 'cloud-metadata'],
    ['2852039166', 'cloud-metadata'],
    ['169.254.170.2', 'cloud-metadata'],
    ['100.100.100.200', 'cloud-metadata'],
    ['fd00:ec2::254', 'cloud-metadata'],
    ['[FD00:EC2:0::254]', 'cloud-metadata'],
    ['metadata.google.internal', 'cloud-metadata'],
    // link-local
    ['169.254.1.1', 'link-local'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['febf::1', 'link-local'],
    // multicast
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['ff02::1', 'multicast'],
    // reserved / special purpose
    ['192.0.0.8', 'reserved'],
    ['192.0.2.1', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['198.19.255.255', 'reserved'],
    ['240.0.0.1', 'reserved'],
    ['255.255.255.255', 'reserved'],
    ['2001:db8::1', 'reserved'],
    ['2001:0:4136:e378::1', 'reserved'], // Teredo
    ['::127.0.0.1', 'reserved'], // IPv4-compatible
    ['4000::1', 'reserved'], // outside 2000::/3
    // embedded IPv4: the embedded address decides
    ['64:ff9b::127.0.0.1', 'loopback'],
    ['64:ff9b::a00:1', 'private'],
    ['64:ff9b::169.254.169.254', 'cloud-metadata'],
    ['2002:7f00:1::1', 'loopback'],
    ['2002:c0a8:101::1', 'private'],
    ['2002:a9fe:a9fe::', 'cloud-metadata'],
    // not an address
    ['example.com', 'invalid'],
    ['256.256.256.256', 'invalid'],
    ['', 'invalid'],
  ])('refuses %s as %s', (ip, reason) => {
    expect(classifyAddress(ip)).toEqual({ allowed: false, reason });
  });

  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '93.184.215.14',
    '172.32.0.1', // just outside 172.16/12
    '100.128.0.1', // just outside 100.64/10
    '198.20.0.1', // just outside 198.18/15
    '169.253.255.255',
    '2606:4700::1111',
    '2a00:1450:4001:81b::200e',
    '64:ff9b::808:808', // NAT64 of 8.8.8.8
    '2002:808:808::1', // 6to4 of 8.8.8.8
  ])('allows the public address %s', (ip) => {
    expect(classifyAddress(ip)).toEqual({ allowed: true });
  });
});

describe('classifyHost', () => {
  it('defers ordinary names to DNS resolution', () => {
    expect(classifyHost('news.example.org')).toEqual({ allowed: true, needsResolution: true });
    expect(classifyHost('xn--bcher-kva.example')).toEqual({ allowed: true, needsResolution: true });
  });

  it('decides literals and reserved names without resolution', () => {
    expect(classifyHost('[::1]')).toEqual({ allowed: false, reason: 'loopback' });
    expect(classifyHost('8.8.8.8')).toEqual({ allowed: true });
    expect(classifyHost('foo.localhost')).toEqual({ allowed: false, reason: 'loopback' });
    expect(classifyHost('printer.local')).toEqual({ allowed: false, reason: 'private' });
    expect(classifyHost('db.internal')).toEqual({ allowed: false, reason: 'private' });
  });

  it('refuses names that look numeric but are not valid addresses', () => {
    expect(classifyHost('1.2.3.4.5')).toEqual({ allowed: false, reason: 'invalid' });
    expect(classifyHost('0x7f.0x0.0x0.0x100')).toEqual({ allowed: false, reason: 'invalid' });
    expect(classifyHost('bad host')).toEqual({ allowed: false, reason: 'invalid' });
  });
});
