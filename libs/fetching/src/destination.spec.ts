import { checkDestination, pickCheckedAddress, pinnedLookup } from './destination';
import { FetchRefusal } from './fetch-refusal';

// Pure decisions: the resolver is a fake, nothing connects anywhere.
describe('pickCheckedAddress', () => {
  it('refuses a name when any one of its addresses is refused', () => {
    const mixed = [
      { address: '93.184.215.14', family: 4 as const },
      { address: '10.0.0.1', family: 4 as const },
    ];
    expect(() => pickCheckedAddress('http://mixed.example/', mixed)).toThrow(FetchRefusal);
    try {
      pickCheckedAddress('http://mixed.example/', mixed);
    } catch (err) {
      expect((err as FetchRefusal).code).toBe('address-refused');
      expect((err as FetchRefusal).addressReason).toBe('private');
    }
  });

  it('returns the first address when all pass', () => {
    expect(
      pickCheckedAddress('http://ok.example/', [
        { address: '2606:4700::1111', family: 6 },
        { address: '1.1.1.1', family: 4 },
      ]),
    ).toEqual({ address: '2606:4700::1111', family: 6 });
  });
});

describe('checkDestination', () => {
  const resolverTo = (...addresses: string[]) => {
    const calls: string[] = [];
    const resolve = async (host: string) => {
      calls.push(host);
      return addresses.map((address) => ({ address, family: (address.includes(':') ? 6 : 4) as 4 | 6 }));
    };
    return { resolve, calls };
  };

  it.each([
    ['http://127.0.0.1/', 'loopback'],
    ['http://127.1/', 'loopback'],
    ['http://0x7f000001/', 'loopback'],
    ['http://[::1]/', 'loopback'],
    ['http://[::ffff:127.0.0.1]/', 'ipv4-mapped'],
    ['http://localhost/', 'loopback'],
    ['http://169.254.169.254/', 'cloud-metadata'],
    ['http://metadata.google.internal/', 'cloud-metadata'],
    ['http://10.1.2.3/', 'private'],
  ])('refuses %s without resolving', async (url, reason) => {
    const { resolve, calls } = resolverTo('8.8.8.8');
    await expect(checkDestination(new URL(url), [], resolve)).rejects.toMatchObject({
      code: 'address-refused',
      addressReason: reason,
    });
    expect(calls).toEqual([]);
  });

  it('refuses a public-looking name that resolves to a private address', async () => {
    const { resolve } = resolverTo('192.168.0.10');
    await expect(checkDestination(new URL('http://intranet.example/'), [], resolve)).rejects.toMatchObject({
      code: 'address-refused',
      addressReason: 'private',
    });
  });

  it('resolves once and pins the checked address', async () => {
    const { resolve, calls } = resolverTo('1.1.1.1');
    const dest = await checkDestination(new URL('https://news.example/a'), [], resolve);
    expect(dest).toMatchObject({ hostname: 'news.example', address: '1.1.1.1', family: 4, allowListed: false });
    expect(calls).toEqual(['news.example']);
  });

  it('lets allow-listed hosts through the address policy', async () => {
    const { resolve } = resolverTo('127.0.0.1');
    await expect(
      checkDestination(new URL('http://localhost:8080/'), ['localhost:8080'], resolve),
    ).resolves.toMatchObject({ address: '127.0.0.1', allowListed: true });
  });

  it('offers every checked address to a happy-eyeballs connect', async () => {
    const { resolve } = resolverTo('2606:4700::1111', '1.1.1.1');
    const dest = await checkDestination(new URL('https://dual.example/'), [], resolve);
    const all = jest.fn();
    (pinnedLookup(dest) as unknown as (h: string, o: object, cb: jest.Mock) => void)(
      'dual.example',
      { all: true },
      all,
    );
    expect(all).toHaveBeenCalledWith(null, [
      { address: '2606:4700::1111', family: 6 },
      { address: '1.1.1.1', family: 4 },
    ]);
  });

  it('pinnedLookup answers with the checked address in both callback forms', () => {
    const lookup = pinnedLookup({ hostname: 'x', address: '1.1.1.1', family: 4, allowListed: false });
    const single = jest.fn();
    const all = jest.fn();
    (lookup as unknown as (h: string, o: object, cb: jest.Mock) => void)('x', {}, single);
    (lookup as unknown as (h: string, o: object, cb: jest.Mock) => void)('x', { all: true }, all);
    expect(single).toHaveBeenCalledWith(null, '1.1.1.1', 4);
    expect(all).toHaveBeenCalledWith(null, [{ address: '1.1.1.1', family: 4 }]);
  });
});
