import { Controller, Get, Inject, Res } from '@nestjs/common';
import { Registry } from 'prom-client';
import { METRICS_REGISTRY } from './tokens';

/** The part of Express's Response this controller uses (keeps the library free of express's types). */
interface PlainResponse {
  setHeader(name: string, value: string): unknown;
  send(body: string): unknown;
}

/** `GET /metrics`: Prometheus text exposition of this process's registry. */
@Controller()
export class MetricsController {
  constructor(@Inject(METRICS_REGISTRY) private readonly registry: Registry) {}

  @Get('metrics')
  async metrics(@Res() res: PlainResponse): Promise<void> {
    const body = await this.registry.metrics();
    res.setHeader('Content-Type', this.registry.contentType);
    res.setHeader('Cache-Control', 'no-store');
    res.send(body);
  }
}
