export * from './paths';
export * from './process-utils';
export * from './kafka-broker';
export * from './postgres-server';
export * from './local-stack';
export * from './pipeline-services';
export * from './demo-run';
export * from './supervisor';
