import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckResult, HealthCheckService } from '@nestjs/terminus';
import { HealthChecks } from './health-checks';

/**
 * `GET /health/live` (liveness: restart me if down) and `GET /health/ready` (readiness: send me no work and do
 * not count me as available if down). Both answer 200 with terminus's JSON when up, 503 with details when not.
 * Liveness checks only the process itself: a broker outage must not restart every pod.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly checks: HealthChecks,
  ) {}

  @Get('live')
  @HealthCheck()
  live(): Promise<HealthCheckResult> {
    return this.health.check(this.checks.liveness());
  }

  @Get('ready')
  @HealthCheck()
  ready(): Promise<HealthCheckResult> {
    return this.health.check(this.checks.readiness());
  }
}
