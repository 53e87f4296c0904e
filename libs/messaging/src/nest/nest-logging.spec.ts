import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import pino from 'pino';
import { nestLoggingModule, useNestLogging } from './nest-logging';

@Controller()
class ProbeController {
  @Get('health/live')
  live() {
    return { ok: true };
  }

  @Get('articles')
  articles() {
    return [];
  }
}

async function appLogging(requestLogs: boolean) {
  const lines: Record<string, unknown>[] = [];
  const logger = pino(
    { base: { service: 'test' } },
    { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) },
  );
  @Module({ imports: [nestLoggingModule(logger, { requestLogs })], controllers: [ProbeController] })
  class TestModule {}
  const app = await NestFactory.create(TestModule, { bufferLogs: true, abortOnError: false });
  useNestLogging(app);
  await app.listen(0, '127.0.0.1');
  const port = (app.getHttpServer().address() as { port: number }).port;
  await fetch(`http://127.0.0.1:${port}/health/live`);
  await fetch(`http://127.0.0.1:${port}/articles?q=x`, { headers: { authorization: 'Bearer secret-key-0123456789' } });
  await app.close();
  return lines;
}

describe('nestLoggingModule', () => {
  it("routes Nest's own lines into the service's JSON logger, with their context", async () => {
    const lines = await appLogging(false);
    expect(lines.some((l) => l.context === 'NestApplication' && l.service === 'test')).toBe(true);
    expect(lines.some((l) => l.req)).toBe(false); // stages log no requests
  });

  it('logs one summarised line per request for the API, never probes, never the key', async () => {
    const lines = await appLogging(true);
    const requests = lines.filter((l) => l.req);
    expect(requests.map((l) => (l.req as { url: string }).url)).toEqual(['/articles?q=x']);
    expect(requests[0].res).toEqual({ statusCode: 200 });
    expect(JSON.stringify(lines)).not.toContain('secret-key');
  });
});
