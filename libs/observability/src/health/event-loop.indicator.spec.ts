import { HealthIndicatorService } from '@nestjs/terminus';
import { EventLoopHealthIndicator } from './event-loop.indicator';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));
function blockFor(ms: number): void {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    // busy-wait: simulates synchronous work hogging the loop
  }
}

describe('EventLoopHealthIndicator', () => {
  it('is up on an idle loop and on a single long task', async () => {
    const indicator = new EventLoopHealthIndicator(new HealthIndicatorService(), 100);
    await tick(200);
    expect(indicator.check().event_loop.status).toBe('up');
    await tick(50); // the histogram ignores the first interval after a reset
    blockFor(300);
    await tick(200);
    const result = indicator.check();
    expect(result.event_loop).toMatchObject({ status: 'up' });
    expect(Number(result.event_loop.maxDelayMs)).toBeGreaterThan(200);
    indicator.close();
  });

  it('is down when the loop is slow most of the time', async () => {
    const indicator = new EventLoopHealthIndicator(new HealthIndicatorService(), 30);
    indicator.check(); // resets the window
    await tick(50);
    for (let i = 0; i < 15; i++) {
      blockFor(120);
      await tick(0);
    }
    const result = indicator.check();
    expect(result.event_loop.status).toBe('down');
    expect(Number(result.event_loop.medianDelayMs)).toBeGreaterThan(30);
    indicator.close();
  });
});
