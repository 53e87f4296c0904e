import { AddressRefusalReason } from './address-policy';

/** Why the safe client refused (by policy) to fetch or to finish fetching a URL. */
export type FetchRefusalCode =
  | 'invalid-url'
  | 'unsupported-scheme'
  | 'address-refused'
  | 'too-many-redirects'
  | 'redirect-loop'
  | 'too-large'
  | 'decompression-bomb'
  | 'unsupported-encoding'
  | 'timeout'
  | 'content-type'
  | 'robots-disallowed';

/**
 * A fetch refused by the safety or politeness policy. Carries a machine `code`, a human `reason` and
 * the URL of the hop that was refused (which, after redirects, is not the URL asked for).
 */
export class FetchRefusal extends Error {
  override readonly name = 'FetchRefusal';

  constructor(
    readonly code: FetchRefusalCode,
    readonly reason: string,
    readonly url: string,
    /** For `address-refused`: the address class that was refused. */
    readonly addressReason?: AddressRefusalReason,
  ) {
    super(`${code}: ${reason} (${url})`);
  }
}

/** A fetch that failed for a reason outside the policy: DNS failure, connection refused or reset. */
export class FetchFailure extends Error {
  override readonly name = 'FetchFailure';

  constructor(
    readonly code: 'dns' | 'network',
    readonly reason: string,
    readonly url: string,
  ) {
    super(`${code}: ${reason} (${url})`);
  }
}
