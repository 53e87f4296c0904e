export * from './pipeline-status';
export * from './dead-letters';
