import { CanActivate, ExecutionContext, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { ApiConfig } from './api-config';
import { ApiKeys, bearerToken } from './api-keys';
import { ApiRequest, ApiResponse } from './api-request';
import { API_CONFIG, API_KEYS } from './tokens';

/**
 * Query endpoints need `Authorization: Bearer <key>` (unless API_REQUIRE_KEY=false). Only the query controllers
 * use this guard: health, metrics and the OpenAPI document stay open for probes, Prometheus and readers.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Inject(API_KEYS) private readonly keys: ApiKeys,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const http = context.switchToHttp();
    const req = http.getRequest<ApiRequest>();
    if (!this.config.requireKey) {
      req.apiClient = `ip:${req.ip ?? 'unknown'}`;
      return true;
    }
    const token = bearerToken(req.headers.authorization);
    const client = token === null ? null : this.keys.identify(token);
    if (!client) {
      http.getResponse<ApiResponse>().setHeader('WWW-Authenticate', 'Bearer realm="newsflow"');
      throw new UnauthorizedException(
        token === null ? 'an API key is required: send "Authorization: Bearer <key>"' : 'this API key is not valid',
      );
    }
    req.apiClient = client;
    return true;
  }
}
