import { beforeDeadline } from './deadline';

describe('beforeDeadline', () => {
  it('passes a step that finishes in time through', async () => {
    await expect(beforeDeadline(Promise.resolve(42), Date.now() + 1000, 1000, 'http://x/')).resolves.toBe(42);
  });

  it('refuses with a timeout when the deadline passes first', async () => {
    const never = new Promise<never>(() => undefined);
    await expect(beforeDeadline(never, Date.now() + 30, 30, 'http://x/')).rejects.toMatchObject({
      code: 'timeout',
      reason: 'fetch not complete within 30 ms',
      url: 'http://x/',
    });
  });

  it('passes the step’s own error through', async () => {
    await expect(
      beforeDeadline(Promise.reject(new Error('boom')), Date.now() + 1000, 1000, 'http://x/'),
    ).rejects.toThrow('boom');
  });
});
