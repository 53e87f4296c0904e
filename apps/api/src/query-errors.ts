import { BadRequestException, HttpException, ServiceUnavailableException } from '@nestjs/common';
import { ArticleQueryError } from '../../../libs/db/src/article-queries';

/** PostgreSQL's SQLSTATE for a statement cancelled by statement_timeout. */
const QUERY_CANCELED = '57014';

/**
 * What a failed read means to the caller: a parameter they got wrong is a 400 listing every problem; a query
 * cancelled by the statement timeout is a 503 (try a narrower query, or later); anything else stays a 500.
 */
export function toHttpError(err: unknown, statementTimeoutMs: number): unknown {
  if (err instanceof HttpException) return err;
  if (err instanceof ArticleQueryError) {
    return new BadRequestException({
      statusCode: 400,
      error: 'Bad Request',
      message: err.message,
      problems: err.problems,
    });
  }
  const code = (err as { code?: unknown; driverError?: { code?: unknown } } | null)?.driverError?.code;
  if (code === QUERY_CANCELED || (err as { code?: unknown } | null)?.code === QUERY_CANCELED) {
    return new ServiceUnavailableException(
      `the query took longer than ${statementTimeoutMs} ms and was cancelled; narrow it down (filters, dates)`,
    );
  }
  return err;
}
