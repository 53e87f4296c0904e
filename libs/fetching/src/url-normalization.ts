/**
 * URL normalisation, so that one article reached through differently spelled links is fetched and stored
 * once. The WHATWG URL parser already does the RFC 3986 syntax-based part (scheme and host case, IDN to
 * punycode, default ports, dot segments, IPv4 spellings); this file adds the news-specific parts.
 */

import { isRouteFragment } from '@newsflow/contracts';

/**
 * Query parameters that only carry campaign or click tracking and never select content. Prefix rules end
 * with `*`. Sources: Google Analytics (utm_*, _ga, _gl, gclid, gbraid, wbraid, dclid), Meta (fbclid,
 * igshid), Microsoft (msclkid), Mailchimp (mc_cid, mc_eid), HubSpot (_hsenc, _hsmi, hsCtaTracking),
 * Marketo (mkt_tok), Twitter (ref_src, ref_url, twclid), Yandex (yclid), TikTok (ttclid), LinkedIn
 * (li_fat_id), Olytics (oly_enc_id, oly_anon_id), Vero (vero_id, vero_conv), Omniture (s_cid), Piwik/Matomo
 * (pk_*, mtm_*), Adobe (cmpid), Sailthru (__s), Google Ads (gclsrc), generic (ocid, wt.mc_id).
 */
const TRACKING_PARAMS: readonly string[] = [
  'utm_*',
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'mc_cid',
  'mc_eid',
  'igshid',
  'ref_src',
  'ref_url',
  'twclid',
  'yclid',
  'ttclid',
  'li_fat_id',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'hsctatracking',
  'mkt_tok',
  'oly_enc_id',
  'oly_anon_id',
  'vero_id',
  'vero_conv',
  's_cid',
  'pk_*',
  'mtm_*',
  'cmpid',
  '__s',
  'ocid',
  'wt.mc_id',
];

/** True when a (decoded, any case) query parameter name is a known tracking parameter. */
export function isTrackingParam(name: string): boolean {
  const key = name.toLowerCase();
  return TRACKING_PARAMS.some((p) => (p.endsWith('*') ? key.startsWith(p.slice(0, -1)) : key === p));
}

/** Characters RFC 3986 calls unreserved: percent-encoding them changes nothing, so they are decoded. */
const UNRESERVED = /[A-Za-z0-9\-._~]/;

/**
 * Percent-encoding normalisation (RFC 3986 section 6.2.2.1/2): escapes of unreserved characters are
 * decoded and all remaining escapes upper-cased, so `%7e` and `~`, `%2f` and `%2F` compare equal.
 */
function normalizePercentEncoding(text: string): string {
  return text.replace(/%([0-9a-fA-F]{2})/g, (_, hex: string) => {
    const ch = String.fromCharCode(parseInt(hex, 16));
    return UNRESERVED.test(ch) ? ch : `%${hex.toUpperCase()}`;
  });
}

function decodeParamName(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

/**
 * Normalises a URL: lower-case scheme and host, IDN host to punycode, no default port, no fragment unless
 * it is a route (`#!/story/1`, `#/story/2`; isRouteFragment, the rule the article id follows too), no dot
 * segments, no tracking parameters, the remaining query parameters sorted by name (stable, so repeated
 * names keep their order), an empty query removed, percent-encoding normalised, and a trailing dot
 * removed from the host. Throws a TypeError for a string that is not an absolute URL.
 */
export function normalizeUrl(url: string): string {
  const parsed = new URL(url.trim());
  // A route fragment selects the article on a hash-routed site, so it is kept, and spelled like a path.
  parsed.hash = isRouteFragment(parsed.hash) ? normalizePercentEncoding(parsed.hash) : '';
  if (parsed.hostname.endsWith('.') && parsed.hostname.length > 1) {
    parsed.hostname = parsed.hostname.replace(/\.+$/, '');
  }
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
    // An empty path and `/` are the same resource for http(s) (RFC 9110 section 4.2.3).
    if (parsed.pathname === '') parsed.pathname = '/';
    parsed.pathname = normalizePercentEncoding(parsed.pathname);
  }
  const rawQuery = parsed.search.startsWith('?') ? parsed.search.slice(1) : parsed.search;
  const pairs = rawQuery
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const rawName = eq >= 0 ? pair.slice(0, eq) : pair;
      return { pair: normalizePercentEncoding(pair), name: decodeParamName(rawName) };
    })
    .filter(({ name }) => !isTrackingParam(name));
  // Array.prototype.sort is stable, so repeated parameters keep their relative order.
  pairs.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  parsed.search = pairs.length > 0 ? `?${pairs.map((p) => p.pair).join('&')}` : '';
  return parsed.toString();
}

/** Like {@link normalizeUrl}, but resolves a possibly relative URL against a base first. */
export function normalizeUrlFrom(url: string, base: string): string {
  return normalizeUrl(new URL(url.trim(), base).toString());
}
