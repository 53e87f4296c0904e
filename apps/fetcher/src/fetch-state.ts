// The fetch log and host slots of libs/db, reached by path until @newsflow/db's index re-exports them (that index is
// not this service's to edit; the integrator adds `export * from './fetch-log'; export * from './host-slots';`).
// Every other file of the fetcher imports them from here, so switching to '@newsflow/db' is this file alone.
export {
  conditionalValidators,
  getFetchLog,
  listFetchLog,
  recordFetch,
  recordFetchRequests,
  seenFeedDates,
} from '../../../libs/db/src/fetch-log';
export type { FetchLogRow, FetchOutcomeRecord } from '../../../libs/db/src/fetch-log';
export { PostgresHostRateLimiter } from '../../../libs/db/src/host-slots';
