/**
 * The explicit allow-list that lets chosen hosts (a fixture server on 127.0.0.1, a local dev site) past
 * the address policy. Entries are `host` (any port) or `host:port`; hosts are compared after the WHATWG
 * URL parser has canonicalised them, so `127.1:8080` in the list matches `http://127.0.0.1:8080/`.
 */

interface AllowedHost {
  hostname: string;
  port?: string;
}

function parseEntry(entry: string): AllowedHost | undefined {
  const text = entry.trim();
  if (text === '') return undefined;
  try {
    const parsed = new URL(`http://${text}`);
    // `new URL` drops the default port 80, so remember whether one was written.
    const hasPort = /:\d+$/.test(text);
    return { hostname: parsed.hostname, port: hasPort ? text.slice(text.lastIndexOf(':') + 1) : undefined };
  } catch {
    return undefined;
  }
}

/** The port a URL connects to, default ports included. */
export function effectivePort(url: URL): string {
  if (url.port) return url.port;
  return url.protocol === 'https:' ? '443' : '80';
}

/** True when the URL's host (and port, if the entry names one) is on the allow-list. */
export function isHostExplicitlyAllowed(url: URL, allowHosts: readonly string[]): boolean {
  const port = effectivePort(url);
  return allowHosts.some((entry) => {
    const allowed = parseEntry(entry);
    if (!allowed || allowed.hostname !== url.hostname) return false;
    return allowed.port === undefined || String(Number(allowed.port)) === port;
  });
}
