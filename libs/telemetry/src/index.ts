export * from './tracing';
export * from './kafka-propagation';
export * from './logger';
