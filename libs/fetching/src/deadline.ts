import { FetchRefusal } from './fetch-refusal';

/**
 * Bounds a pre-connection step (DNS resolution, robots.txt lookup) by the fetch's deadline: the system
 * resolver can take many seconds per attempt, and the total timeout promises an upper bound for the whole.
 */
export async function beforeDeadline<T>(step: Promise<T>, deadline: number, totalMs: number, url: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new FetchRefusal('timeout', `fetch not complete within ${totalMs} ms`, url)),
      Math.max(0, deadline - Date.now()),
    );
  });
  try {
    return await Promise.race([step, expired]);
  } finally {
    clearTimeout(timer);
  }
}
