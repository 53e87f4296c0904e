import { str } from '@newsflow/config';

/**
 * Variables of the local stack and the developer tooling (`newsflow stack`, the demo, tests, benchmarks), declared
 * so the README's configuration table lists them with the services' own. None of them matters in a deployment.
 */
export const stackEnvSpec = {
  NEWSFLOW_STACK_DIR: {
    parse: str,
    default: '<repo>/.stack',
    description: 'where the local stack keeps the broker, the database cluster (non-root) and the logs',
  },
  NEWSFLOW_KAFKA_HEAP: { parse: str, default: '768m', description: 'heap (-Xmx) of the local Kafka broker' },
  NEWSFLOW_READER_ROLE: {
    parse: str,
    default: 'newsflow_reader',
    description:
      'the read-only role the local stack creates; the reader migrations grant it SELECT on the published tables',
  },
  NEWSFLOW_PARENT_PID: {
    parse: str,
    default: '',
    description: 'set by a local supervisor on the services it starts: they stop when that process dies',
  },
  SERVICE_NODE_ARGS: {
    parse: str,
    default: '',
    description: 'extra Node flags for every service the local supervisor starts (e.g. --cpu-prof)',
  },
  NEWSFLOW_DEBUG: { parse: str, default: '', description: 'any value: CLI errors print their stack trace' },
};
