// Imported first by main.ts: tracing must be running before any other module is loaded.
import { startTracing } from '@newsflow/telemetry';

startTracing('newsflow-api');
