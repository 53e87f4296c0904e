import { HealthIndicatorService } from '@nestjs/terminus';
import { ConsumerStateTracker } from './consumer-state';
import { ConsumerStateHealthIndicator } from './consumer-state.indicator';

describe('ConsumerStateTracker', () => {
  it('is not ready until started, and not ready while paused, crashed or stopping', () => {
    const tracker = new ConsumerStateTracker();
    expect(tracker.isReady).toBe(false);
    tracker.started();
    expect(tracker.isReady).toBe(true);
    tracker.paused('backpressure: database slow');
    expect(tracker.current).toMatchObject({ state: 'paused', reason: 'backpressure: database slow' });
    expect(tracker.isReady).toBe(false);
    tracker.resumed();
    expect(tracker.current.reason).toBeUndefined();
    tracker.crashed(new TypeError('bad'));
    expect(tracker.current).toMatchObject({ state: 'crashed', reason: 'TypeError: bad' });
    tracker.stopping();
    expect(tracker.current.state).toBe('stopping');
  });

  it('tells listeners about changes only, with the time of the change', () => {
    let now = new Date('2026-01-01T00:00:00Z');
    const tracker = new ConsumerStateTracker(() => now);
    const seen: string[] = [];
    tracker.onChange((s) => seen.push(`${s.state}@${s.since.toISOString()}`));
    now = new Date('2026-01-01T00:01:00Z');
    tracker.started();
    tracker.started();
    tracker.paused('x');
    expect(seen).toEqual([
      'starting@2026-01-01T00:00:00.000Z',
      'running@2026-01-01T00:01:00.000Z',
      'paused@2026-01-01T00:01:00.000Z',
    ]);
  });
});

describe('ConsumerStateHealthIndicator', () => {
  it('is up while running and down with the reason while paused', () => {
    const tracker = new ConsumerStateTracker();
    const indicator = new ConsumerStateHealthIndicator(new HealthIndicatorService(), tracker);
    tracker.started();
    expect(indicator.check()).toMatchObject({ consumer: { status: 'up', state: 'running' } });
    tracker.paused('operator paused the fetcher');
    expect(indicator.check('c')).toMatchObject({
      c: { status: 'down', state: 'paused', reason: 'operator paused the fetcher' },
    });
  });
});
