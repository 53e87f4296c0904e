import { ExecutionContext, HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerLimitDetail } from '@nestjs/throttler';
import { ApiRequest } from './api-request';

/**
 * @nestjs/throttler, keyed the way the API bills: one budget per API key (its digest prefix, set by ApiKeyGuard,
 * which runs first) across every route, or per client address when keys are off. Answers carry
 * X-RateLimit-Limit/-Remaining/-Reset; a refusal is a 429 with Retry-After (seconds) and the API's error shape.
 * In memory per replica: with N replicas a client gets at most N times the limit (abuse protection, not billing).
 */
@Injectable()
export class ApiThrottlerGuard extends ThrottlerGuard {
  protected override getTracker(req: ApiRequest): Promise<string> {
    return Promise.resolve(req.apiClient ?? `ip:${req.ip ?? 'unknown'}`);
  }

  /** The throttler's default key also names the route; the API's limit is per client, whatever it calls. */
  protected override generateKey(_context: ExecutionContext, tracker: string, name: string): string {
    return `${name}:${tracker}`;
  }

  protected override throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    throw new HttpException(
      {
        statusCode: HttpStatus.TOO_MANY_REQUESTS,
        error: 'Too Many Requests',
        message: `rate limit of ${detail.limit} requests per minute reached; retry after ${detail.timeToBlockExpire} s`,
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
