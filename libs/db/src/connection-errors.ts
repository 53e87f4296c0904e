/**
 * Errors that mean "the database is not reachable right now" rather than "this write is wrong": connection
 * refused or reset, the server shutting down or starting up (SQLSTATE class 08, 57P01-57P03), pool timeouts.
 * Stages pause on these (backpressure) instead of retrying the message into a dead letter.
 */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
]);
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);

export function isConnectionError(err: unknown): boolean {
  if (!err || typeof err !== 'object') return false;
  const e = err as { code?: unknown; message?: unknown; driverError?: unknown };
  if (e.driverError && e.driverError !== err && isConnectionError(e.driverError)) return true;
  const code = typeof e.code === 'string' ? e.code : '';
  if (NETWORK_CODES.has(code) || SQLSTATES.has(code) || code.startsWith('08')) return true;
  const message = typeof e.message === 'string' ? e.message : '';
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect|the database system is (starting up|shutting down)|Client has encountered a connection error/i.test(
    message,
  );
}

/**
 * Errors that retrying the same write can never fix: SQLSTATE class 22 (data exception: a value PostgreSQL cannot
 * store, such as an out-of-range date) and 23 (integrity constraint violation).
 */
export function isDataError(err: unknown): boolean {
  if (!err || typeof err !== 'object') return false;
  const e = err as { code?: unknown; driverError?: unknown };
  if (e.driverError && e.driverError !== err && isDataError(e.driverError)) return true;
  return typeof e.code === 'string' && /^2[23][0-9A-Z]{3}$/.test(e.code);
}
