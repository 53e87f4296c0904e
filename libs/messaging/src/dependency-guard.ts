import { DependencyUnavailableError } from './outgoing-message';

/**
 * Wraps the calls a handler makes to one dependency (PostgreSQL, say): an error that `isUnavailable` recognises
 * ("cannot reach it right now", not "this request is wrong") becomes a DependencyUnavailableError, so the stage
 * pauses on the message until the dependency is back instead of retrying it into a dead letter. Wrap only the
 * dependency's own calls: the same error codes from elsewhere (a news site refusing a connection) are the
 * message's failure, not the dependency's.
 */
export type DependencyGuard = <T>(op: () => Promise<T>) => Promise<T>;

export function dependencyGuard(dependency: string, isUnavailable: (err: unknown) => boolean): DependencyGuard {
  return async <T>(op: () => Promise<T>): Promise<T> => {
    try {
      return await op();
    } catch (err) {
      if (err instanceof DependencyUnavailableError || !isUnavailable(err)) throw err;
      throw new DependencyUnavailableError(err instanceof Error ? err.message : String(err), dependency);
    }
  };
}
