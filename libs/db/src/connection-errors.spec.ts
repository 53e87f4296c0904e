import { isConnectionError } from './connection-errors';

describe('isConnectionError', () => {
  it('recognises network failures and server shutdown or start-up', () => {
    expect(
      isConnectionError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:55432'), { code: 'ECONNREFUSED' })),
    ).toBe(true);
    expect(
      isConnectionError(
        Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
      ),
    ).toBe(true);
    expect(isConnectionError(Object.assign(new Error('x'), { code: '08006' }))).toBe(true);
    expect(isConnectionError(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(
      isConnectionError({ message: 'wrapped', driverError: Object.assign(new Error('y'), { code: '57P03' }) }),
    ).toBe(true);
  });

  it('does not take a bad write for an outage', () => {
    expect(isConnectionError(Object.assign(new Error('duplicate key value'), { code: '23505' }))).toBe(false);
    expect(isConnectionError(Object.assign(new Error('syntax error'), { code: '42601' }))).toBe(false);
    expect(isConnectionError(null)).toBe(false);
  });
});
