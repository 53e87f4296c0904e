/**
 * For services a local supervisor starts (tests, benchmarks, the demo): when the process that started them dies
 * without stopping them (killed -9, out of memory: no 'exit' handler of its runs), they shut down too, instead of
 * living on as consumers of the shared groups that take the next run's messages. The supervisor names itself in
 * NEWSFLOW_PARENT_PID; a re-parented process sees another parent pid. Kubernetes never sets it.
 */
export function exitWithParent(
  shutdown: (reason: string) => void,
  env: NodeJS.ProcessEnv = process.env,
  parentPid: () => number = () => process.ppid,
  everyMs = 1000,
): NodeJS.Timeout | null {
  const expected = Number(env.NEWSFLOW_PARENT_PID);
  if (!Number.isInteger(expected) || expected <= 0) return null;
  const timer = setInterval(() => {
    if (parentPid() === expected) return;
    clearInterval(timer);
    shutdown('parent process gone');
  }, everyMs);
  timer.unref();
  return timer;
}
