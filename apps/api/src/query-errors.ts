import { BadRequestException, HttpException, ServiceUnavailableException } from '@nestjs/common';
import { ArticleQueryError } from '@newsflow/db';

/** PostgreSQL's SQLSTATEs for a statement cancelled by statement_timeout, and for a missing grant. */
const QUERY_CANCELED = '57014';
const INSUFFICIENT_PRIVILEGE = '42501';

/**
 * The API's one 400 shape, whatever was wrong (a query parameter, a path parameter, a cursor): `message` joins the
 * problems, `problems` lists each, naming its parameter, as apps/api/README.md promises the callers.
 */
export function badParameters(problems: string | string[]): BadRequestException {
  const list = Array.isArray(problems) ? problems : [problems];
  return new BadRequestException({ statusCode: 400, error: 'Bad Request', message: list.join('; '), problems: list });
}

/**
 * What a failed read means to the caller: a parameter they got wrong is a 400 listing every problem; a query
 * cancelled by the statement timeout is a 503 (try a narrower query, or later), and so is a missing grant;
 * anything else stays a 500.
 */
export function toHttpError(err: unknown, statementTimeoutMs: number): unknown {
  if (err instanceof HttpException) return err;
  if (err instanceof ArticleQueryError) {
    return badParameters(err.problems);
  }
  const failed = err as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = failed?.driverError?.code ?? failed?.code;
  if (code === QUERY_CANCELED) {
    return new ServiceUnavailableException(
      `the query took longer than ${statementTimeoutMs} ms and was cancelled; narrow it down (filters, dates)`,
    );
  }
  if (code === INSUFFICIENT_PRIVILEGE) {
    // An operator's problem, not the caller's: the reader role lacks its grants (migrations not run, or the
    // role was created after them). Said plainly so the 503 is diagnosed from the response alone.
    return new ServiceUnavailableException(
      'the API cannot read the articles yet: its database role lacks SELECT grants',
    );
  }
  return err;
}
