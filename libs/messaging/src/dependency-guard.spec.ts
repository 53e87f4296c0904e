import { dependencyGuard } from './dependency-guard';
import { DependencyUnavailableError, PermanentError } from './outgoing-message';

const isDown = (err: unknown) => (err as { code?: string }).code === 'ECONNREFUSED';
const guard = dependencyGuard('postgres', isDown);
const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

describe('dependencyGuard', () => {
  it('turns the errors it recognises into DependencyUnavailableError for that dependency', async () => {
    const err = await guard(() => Promise.reject(refused)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DependencyUnavailableError);
    expect(err).toMatchObject({ dependency: 'postgres', message: refused.message });
  });

  it('passes other errors and results through untouched', async () => {
    const wrong = new PermanentError('duplicate key');
    await expect(guard(() => Promise.reject(wrong))).rejects.toBe(wrong);
    await expect(guard(async () => 42)).resolves.toBe(42);
    const already = new DependencyUnavailableError('down', 'kafka');
    await expect(guard(() => Promise.reject(already))).rejects.toBe(already);
  });
});
