import { Consumer } from 'kafkajs';
import { trackKafkaConsumer } from './consumer-events';
import { ConsumerStateTracker } from './consumer-state';

function fakeConsumer() {
  const listeners = new Map<string, (event: { payload: unknown }) => void>();
  const consumer = {
    events: { GROUP_JOIN: 'consumer.group_join', CRASH: 'consumer.crash', STOP: 'consumer.stop' },
    on: (name: string, listener: (event: { payload: unknown }) => void) => {
      listeners.set(name, listener);
      return () => listeners.delete(name);
    },
  } as unknown as Consumer;
  const emit = (name: string, payload: unknown = {}) => listeners.get(name)?.({ payload });
  return { consumer, emit, listeners };
}

describe('trackKafkaConsumer', () => {
  it('maps group joins, crashes and stops onto the tracker, and detaches', () => {
    const { consumer, emit, listeners } = fakeConsumer();
    const tracker = new ConsumerStateTracker();
    const detach = trackKafkaConsumer(consumer, tracker);

    emit('consumer.group_join');
    expect(tracker.current.state).toBe('running');
    emit('consumer.crash', { error: new Error('rebalance failed'), restart: true });
    expect(tracker.current).toMatchObject({ state: 'paused', reason: expect.stringContaining('rebalance failed') });
    emit('consumer.group_join');
    emit('consumer.crash', { error: new Error('auth failed'), restart: false });
    expect(tracker.current).toMatchObject({ state: 'crashed', reason: 'Error: auth failed' });
    emit('consumer.stop');
    expect(tracker.current.state).toBe('stopping');

    detach();
    expect(listeners.size).toBe(0);
  });
});
