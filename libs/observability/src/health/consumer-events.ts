import { Consumer } from 'kafkajs';
import { ConsumerStateTracker } from './consumer-state';

/**
 * Feeds a kafkajs consumer's instrumentation events into a ConsumerStateTracker: joining the group means
 * running; a crash kafkajs will not restart from (restart: false) means crashed; a crash it restarts from is a
 * pause until the group is joined again; stop means stopping. Returns a function that removes the listeners.
 */
export function trackKafkaConsumer(consumer: Consumer, tracker: ConsumerStateTracker): () => void {
  const { GROUP_JOIN, CRASH, STOP } = consumer.events;
  const removers = [
    consumer.on(GROUP_JOIN, () => tracker.started()),
    consumer.on(CRASH, (event) => {
      const { error, restart } = event.payload;
      if (restart) tracker.paused(`consumer restarting after ${error.name}: ${error.message}`);
      else tracker.crashed(error);
    }),
    consumer.on(STOP, () => tracker.stopping()),
  ];
  return () => removers.forEach((remove) => remove());
}
