import { fetchOutcome, fetchPolicyFromEnv, withRobots } from '@newsflow/fetching';
import { CliCommand, UsageError } from '../command';

/** Exit codes: 0 fetched, 1 HTTP error or network failure, 3 refused by policy (2 is a usage error). */
const EXIT_REFUSED = 3;

export const command: CliCommand = {
  name: 'fetch',
  summary: "fetch one URL under the fetcher's exact policy and print the outcome as JSON",
  usage: [
    'usage: newsflow fetch URL [--allow-host HOST[:PORT]]...',
    '  fetches URL exactly as the fetcher would (address policy after DNS and on every redirect, at most 5',
    '  redirects, size and decompression caps, timeouts, content-type allow-list, robots.txt) and prints one',
    '  JSON object: {ok, status, url, finalUrl, charset, bytes, contentType, classification, redirects, elapsedMs}',
    '  or {ok: false, refused: true, code, reason, url}. Exit 0 fetched, 3 refused, 1 HTTP error or failure.',
    '  Reads FETCH_ALLOW_HOSTS, FETCH_USER_AGENT, FETCH_MAX_BYTES, FETCH_TIMEOUT_MS like the fetcher;',
    '  --allow-host adds hosts to FETCH_ALLOW_HOSTS (loopback and private addresses are refused otherwise).',
  ].join('\n'),
  options: ['--allow-host <host>'],
  async run(args) {
    const allowHosts: string[] = [];
    let url: string | undefined;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      if (arg === '--allow-host') {
        const host = args[++i];
        if (!host) throw new UsageError('--allow-host needs HOST or HOST:PORT');
        allowHosts.push(host);
      } else if (arg.startsWith('--allow-host=')) {
        allowHosts.push(arg.slice('--allow-host='.length));
      } else if (arg.startsWith('-')) {
        throw new UsageError(`unknown option ${arg}`);
      } else if (url === undefined) {
        url = arg;
      } else {
        throw new UsageError('fetch takes one URL');
      }
    }
    if (!url) throw new UsageError('missing URL');
    const base = fetchPolicyFromEnv(process.env);
    const policy = withRobots({ ...base, allowHosts: [...base.allowHosts, ...allowHosts] });
    const outcome = await fetchOutcome(url, policy);
    process.stdout.write(JSON.stringify(outcome) + '\n');
    if ('refused' in outcome) {
      process.stderr.write(
        `newsflow fetch: ${outcome.refused ? 'refused' : 'failed'}: ${outcome.code}: ${outcome.reason}\n`,
      );
      return outcome.refused ? EXIT_REFUSED : 1;
    }
    return outcome.ok ? 0 : 1;
  },
};
