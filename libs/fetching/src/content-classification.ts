import { isFeedMediaType, parseContentType } from './content-type-allowlist';
import { summarizePage, PageTextSummary } from './page-text-summary';

/**
 * What a fetched page is. Only `article` may go on to the parser as a candidate article; every other
 * class is recorded and never published.
 */
export type PageClass =
  | 'article'
  | 'bot-wall'
  | 'paywall'
  | 'js-shell'
  | 'empty'
  | 'error-page'
  | 'not-modified'
  | 'not-html'
  | 'feed';

export interface PageClassification {
  class: PageClass;
  /** The name of the rule that fired (each documented below), for the record and for debugging. */
  rule: string;
}

export type HeaderMap = Record<string, string | string[] | undefined>;

const header = (headers: HeaderMap, name: string): string => {
  const v = headers[name] ?? headers[name.toLowerCase()];
  return (Array.isArray(v) ? v.join(', ') : (v ?? '')).toLowerCase();
};

/** Pages lighter than this (visible text weight, see textWeight) may be walls or shells; articles are longer. */
const SHORT_PAGE_CHARS = 1500;
/** Below this a page has effectively no text at all. */
const NEAR_EMPTY_CHARS = 50;

/**
 * Bot-wall rules, checked first because challenges often come with 403/429/503 statuses. Each rule is a
 * fingerprint of one vendor's interstitial; the generic ones only fire on short pages so an article
 * that merely mentions CAPTCHAs is not misread.
 */
function botWallRule(html: string, page: PageTextSummary, headers: HeaderMap): string | undefined {
  // Cloudflare marks challenge responses with `cf-mitigated: challenge` (documented header).
  if (header(headers, 'cf-mitigated') === 'challenge') return 'cloudflare-cf-mitigated-header';
  // Cloudflare's interstitial: "Just a moment..." title or the challenge-platform script path.
  if (/^just a moment\.*$/i.test(page.title) || html.includes('/cdn-cgi/challenge-platform/')) {
    return 'cloudflare-challenge-page';
  }
  if (/attention required! \| cloudflare/i.test(page.title)) return 'cloudflare-block-page';
  // DataDome serves its captcha from captcha-delivery.com and sets x-datadome headers.
  if (header(headers, 'x-datadome') !== '' || html.includes('captcha-delivery.com')) return 'datadome-captcha';
  // PerimeterX / HUMAN: "press and hold" challenge with px-captcha element or _pxAppId bootstrap.
  if (page.idsAndClasses.has('px-captcha') || html.includes('_pxAppId')) return 'perimeterx-captcha';
  // Imperva Incapsula incident pages.
  if (html.includes('_Incapsula_Resource') || /incapsula incident id/i.test(page.visibleText)) return 'incapsula-block';
  // Akamai Bot Manager's "Access Denied ... Reference #" page.
  if (/^access denied$/i.test(page.title) && /reference\s*#\s*[\d.a-f]+/i.test(page.visibleText))
    return 'akamai-access-denied';
  if (/sucuri website firewall/i.test(page.visibleText) && /access denied/i.test(page.visibleText))
    return 'sucuri-firewall';
  if (page.textWeight < SHORT_PAGE_CHARS) {
    // Generic: a short page asking the visitor to prove they are human.
    if (
      /verify (that )?you are (a )?human|are you a robot|not a robot|checking your browser|unusual traffic from your (computer|network)|complete the security check/i.test(
        page.visibleText,
      )
    ) {
      return 'human-verification-phrase';
    }
    if (
      ['g-recaptcha', 'h-captcha', 'cf-turnstile', 'captcha', 'captcha-container'].some((c) =>
        page.idsAndClasses.has(c),
      )
    ) {
      return 'captcha-widget';
    }
  }
  return undefined;
}

/** Phrases of subscription and login walls (English; the markers below cover other languages' markup). */
const PAYWALL_PHRASES =
  /subscribe (now )?to (continue|keep) reading|(this (article|story|content) is )?(available )?(for|to) subscribers only|already a subscriber\??|(log|sign) ?in to (continue|keep) reading|create a free account to (continue|keep) reading|you have reached your (free )?(article|story) limit|to read the full (article|story),? (please )?(subscribe|log in|sign in)/i;
/** Class/id markers of paywall vendors and conventions (Piano/Tinypass, Poool, generic names). */
const PAYWALL_MARKERS = [
  'paywall',
  'paywall-container',
  'subscriber-only',
  'subscribers-only',
  'premium-content',
  'tp-modal',
  'tp-container-inner',
  'poool-widget',
  'metered-content',
  'regwall',
  'registration-wall',
  'login-wall',
];

/**
 * Paywall rule: a wall marker (phrase, vendor class, JSON-LD `isAccessibleForFree: false`, or a password
 * field, i.e. a login wall) on a page
 * whose visible text is short. A long page with a marker is a full article that merely carries a
 * subscription prompt (or publishes full text to crawlers with flexible sampling), so it stays `article`.
 */
function paywallRule(page: PageTextSummary): string | undefined {
  if (page.textWeight >= SHORT_PAGE_CHARS) return undefined;
  if (PAYWALL_PHRASES.test(page.visibleText)) return 'paywall-phrase';
  if (PAYWALL_MARKERS.some((m) => page.idsAndClasses.has(m))) return 'paywall-marker';
  if (/"isAccessibleForFree"\s*:\s*"?false"?/i.test(page.jsonLd)) return 'jsonld-not-accessible-for-free';
  // Login wall: a short page whose main feature is a password field (a redirect to the sign-in page).
  if (page.hasPasswordInput) return 'login-form';
  return undefined;
}

/**
 * JS-shell rule: almost no visible text, plus either an empty framework root element or scripts to
 * build the page client-side. Scripts are not executed, so such a page has nothing to extract.
 */
function jsShellRule(page: PageTextSummary): string | undefined {
  if (page.textWeight >= NEAR_EMPTY_CHARS) return undefined;
  if (page.hasEmptyAppRoot) return 'empty-app-root';
  if (page.scriptCount > 0) return 'scripts-without-text';
  return undefined;
}

/**
 * Binary sniff (WHATWG MIME sniffing's "binary data byte" idea): decoded text that contains NULs or many
 * C0 control characters / U+FFFD replacement characters was never text.
 */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  if (sample.length === 0) return false;
  let suspicious = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) suspicious++;
  }
  return suspicious / sample.length > 0.1;
}

/** Feed sniff: XML whose root is rss / feed / RDF / opml / urlset / sitemapindex, or a JSON Feed. */
function looksLikeFeed(text: string): boolean {
  const head = text
    .slice(0, 2048)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.startsWith('{')) return /"version"\s*:\s*"https:\/\/jsonfeed\.org\/version\//.test(head);
  return /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<(rss|feed|rdf:rdf|opml|urlset|sitemapindex)[\s>]/i.test(
    head,
  );
}

const SOFT_404_TITLE =
  /\b404\b|page (was )?not found|^\s*not found\s*$|page (cannot|can't|could not) be found|page does not exist|seite nicht gefunden|page introuvable|página no encontrada/i;

/**
 * Classifies a fetched page. `html` is the decoded body (undefined when it was not text); `status` the
 * final HTTP status; `headers` the response headers. Rules run in order, the first that fires wins:
 * not-modified (304) → not-html (binary or non-HTML type) → feed → bot-wall → error-page (4xx/5xx,
 * soft 404) → js-shell → paywall → empty → article.
 */
export function classifyPage(html: string | undefined, status: number, headers: HeaderMap): PageClassification {
  if (status === 304) return { class: 'not-modified', rule: 'http-304' };
  const { mediaType } = parseContentType(header(headers, 'content-type') || undefined);
  if (html === undefined || looksBinary(html)) return { class: 'not-html', rule: 'binary-body' };
  if (looksLikeFeed(html)) return { class: 'feed', rule: 'feed-sniff' };
  // A feed type whose body is neither recognisably a feed nor HTML: a malformed feed, still a feed.
  if (isFeedMediaType(mediaType) && !/^\s*<(!doctype html|html)[\s>]/i.test(html)) {
    return { class: 'feed', rule: `content-type-${mediaType}` };
  }
  if (mediaType !== '' && mediaType !== 'text/html' && mediaType !== 'application/xhtml+xml') {
    return { class: 'not-html', rule: `content-type-${mediaType}` };
  }
  const page = summarizePage(html);
  const bot = botWallRule(html, page, headers);
  if (bot) return { class: 'bot-wall', rule: bot };
  if (status >= 400) return { class: 'error-page', rule: `http-${status}` };
  // Soft 404: a short 200 whose title says the page does not exist. Phrased narrowly so a headline such as
  // "Missing hiker not found" stays an article.
  if (page.textWeight < SHORT_PAGE_CHARS && SOFT_404_TITLE.test(page.title)) {
    return { class: 'error-page', rule: 'soft-404-title' };
  }
  const shell = jsShellRule(page);
  if (shell) return { class: 'js-shell', rule: shell };
  const wall = paywallRule(page);
  if (wall) return { class: 'paywall', rule: wall };
  if (page.textWeight < NEAR_EMPTY_CHARS) return { class: 'empty', rule: 'no-visible-text' };
  return { class: 'article', rule: 'default' };
}
