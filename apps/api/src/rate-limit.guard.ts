import { CanActivate, ExecutionContext, HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { ApiRequest, ApiResponse } from './api-request';
import { RateLimiter } from './rate-limiter';
import { RATE_LIMITER } from './tokens';

/**
 * Runs after ApiKeyGuard: one token per request from the caller's bucket. Every answer carries RateLimit-Limit
 * and RateLimit-Remaining; a refusal is a 429 with Retry-After (seconds), as clients and proxies expect.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(@Inject(RATE_LIMITER) private readonly limiter: RateLimiter) {}

  canActivate(context: ExecutionContext): boolean {
    const http = context.switchToHttp();
    const req = http.getRequest<ApiRequest>();
    const res = http.getResponse<ApiResponse>();
    const decision = this.limiter.take(req.apiClient ?? `ip:${req.ip ?? 'unknown'}`);
    res.setHeader('RateLimit-Limit', decision.limit);
    res.setHeader('RateLimit-Remaining', decision.remaining);
    if (!decision.allowed) {
      res.setHeader('Retry-After', decision.retryAfterSeconds);
      throw new HttpException(
        {
          statusCode: HttpStatus.TOO_MANY_REQUESTS,
          error: 'Too Many Requests',
          message: `rate limit of ${decision.limit} requests per minute reached; retry after ${decision.retryAfterSeconds} s`,
        },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    return true;
  }
}
