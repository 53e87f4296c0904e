import { FetchFailure, FetchRefusal } from './fetch-refusal';

describe('FetchRefusal and FetchFailure', () => {
  it('carry a code, a human reason and the refused URL', () => {
    const r = new FetchRefusal('address-refused', 'loopback address refused', 'http://127.0.0.1/', 'loopback');
    expect(r).toBeInstanceOf(Error);
    expect(r).toMatchObject({ name: 'FetchRefusal', code: 'address-refused', addressReason: 'loopback' });
    expect(r.message).toBe('address-refused: loopback address refused (http://127.0.0.1/)');
    const f = new FetchFailure('dns', 'NXDOMAIN', 'http://nope.example/');
    expect(f).toMatchObject({ name: 'FetchFailure', code: 'dns' });
    expect(f).not.toBeInstanceOf(FetchRefusal);
  });
});
