import { ProbeTimeoutError, withTimeout } from './with-timeout';

describe('withTimeout', () => {
  it('returns the result of work that finishes in time', async () => {
    await expect(withTimeout(Promise.resolve(7), 100, 'x')).resolves.toBe(7);
  });

  it('rejects with ProbeTimeoutError naming the work when it hangs', async () => {
    const err: unknown = await withTimeout(new Promise(() => undefined), 20, 'Kafka describeCluster').catch((e) => e);
    expect(err).toBeInstanceOf(ProbeTimeoutError);
    expect((err as Error).message).toBe('Kafka describeCluster did not answer within 20 ms');
  });

  it('passes on the work’s own error', async () => {
    await expect(withTimeout(Promise.reject(new Error('refused')), 100, 'x')).rejects.toThrow('refused');
  });
});
