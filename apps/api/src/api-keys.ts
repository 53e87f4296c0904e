import { createHash } from 'node:crypto';

/**
 * The accepted API keys, held only as SHA-256 digests. A presented token is hashed and looked up, so checking it
 * takes the same time whatever prefix it shares with a real key (no timing oracle), and the caller is identified
 * by a short digest prefix that is safe to log and to key rate limits by.
 */
export class ApiKeys {
  private readonly byDigest = new Map<string, string>();

  constructor(keys: readonly string[]) {
    for (const key of keys) {
      const digest = sha256(key);
      this.byDigest.set(digest, `key:${digest.slice(0, 12)}`);
    }
  }

  get size(): number {
    return this.byDigest.size;
  }

  /** The key's id (`key:<digest prefix>`) when the token is an accepted key, else null. */
  identify(token: string): string | null {
    return this.byDigest.get(sha256(token)) ?? null;
  }
}

function sha256(s: string): string {
  return createHash('sha256').update(s, 'utf8').digest('hex');
}

/** The token of an `Authorization: Bearer <token>` header, or null when the header is missing or another scheme. */
export function bearerToken(header: string | string[] | undefined): string | null {
  if (typeof header !== 'string') return null;
  const m = /^Bearer[ \t]+([^\s]+)[ \t]*$/i.exec(header);
  return m ? m[1] : null;
}
