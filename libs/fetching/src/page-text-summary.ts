import { Parser } from 'htmlparser2';

/** What content classification needs to know about an HTML document, gathered in one parse. */
export interface PageTextSummary {
  title: string;
  /** Visible text (scripts, styles, templates, noscript removed), whitespace collapsed. */
  visibleText: string;
  /** How much text a reader sees, in Latin-character equivalents (see {@link textWeight}). */
  textWeight: number;
  /** Number of executable `<script>` elements (inline or external; data blocks such as JSON-LD excluded). */
  scriptCount: number;
  /** Lower-cased id and class attribute values seen anywhere in the document. */
  idsAndClasses: Set<string>;
  /** True when an element with an app-root id (`root`, `app`, `__next`, `__nuxt`, `svelte`...) has no text. */
  hasEmptyAppRoot: boolean;
  /** Raw text of `application/ld+json` scripts, concatenated. */
  jsonLd: string;
  /** True when the page has an `<input type="password">` (a login form). */
  hasPasswordInput: boolean;
}

/** Elements whose text a reader never sees. */
const INVISIBLE = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object']);
/** Ids single-page-app frameworks mount into (React, Vue, Next.js, Nuxt, Svelte, Angular, Gatsby). */
const APP_ROOT_IDS = new Set(['root', 'app', '__next', '__nuxt', 'svelte', 'app-root', '___gatsby', 'main-app']);
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** Parses HTML once (htmlparser2, no DOM) and summarises the signals classification uses. */
export function summarizePage(html: string): PageTextSummary {
  const text: string[] = [];
  let title = '';
  let jsonLd = '';
  let scriptCount = 0;
  let invisibleDepth = 0;
  let inTitle = false;
  let inJsonLd = false;
  const idsAndClasses = new Set<string>();
  // For each open app-root element: the visible-text length when it opened.
  const openStack: Array<{ name: string; appRootTextStart?: number }> = [];
  let visibleLength = 0;
  // App roots open right now: visibleLength only has to move while one is (it is compared within one app root).
  let openAppRoots = 0;
  let hasEmptyAppRoot = false;
  let hasPasswordInput = false;

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const id = (attrs.id ?? '').toLowerCase();
        if (id) idsAndClasses.add(id);
        if (attrs.class) for (const c of attrs.class.toLowerCase().split(/\s+/)) if (c) idsAndClasses.add(c);
        if (name === 'script') {
          const type = (attrs.type ?? '').toLowerCase();
          if (type === 'application/ld+json') inJsonLd = true;
          // Only executable scripts build pages; JSON-LD and other data blocks do not.
          if (type === '' || type === 'module' || type.includes('javascript') || type.includes('ecmascript'))
            scriptCount++;
        }
        if (name === 'title') inTitle = true;
        if (name === 'input' && (attrs.type ?? '').toLowerCase() === 'password') hasPasswordInput = true;
        if (INVISIBLE.has(name)) invisibleDepth++;
        if (!VOID.has(name)) {
          const appRoot = APP_ROOT_IDS.has(id) || name === 'app-root';
          if (appRoot) openAppRoots++;
          openStack.push({ name, appRootTextStart: appRoot ? visibleLength : undefined });
        }
      },
      ontext(data) {
        if (inTitle) title += data;
        if (inJsonLd) jsonLd += data;
        if (invisibleDepth === 0) {
          text.push(data);
          if (openAppRoots > 0) visibleLength += data.trim().length;
        }
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (name === 'script') inJsonLd = false;
        if (INVISIBLE.has(name) && invisibleDepth > 0) invisibleDepth--;
        if (VOID.has(name)) return;
        // Pop to the matching element (htmlparser2 reports implied closes too).
        while (openStack.length > 0) {
          const top = openStack.pop() as { name: string; appRootTextStart?: number };
          if (top.appRootTextStart !== undefined) {
            openAppRoots--;
            if (visibleLength === top.appRootTextStart) hasEmptyAppRoot = true;
          }
          if (top.name === name) break;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();

  const visibleText = text.join(' ').replace(/\s+/g, ' ').trim();
  return {
    title: title.replace(/\s+/g, ' ').trim(),
    visibleText,
    textWeight: textWeight(visibleText),
    scriptCount,
    idsAndClasses,
    hasEmptyAppRoot,
    jsonLd,
    hasPasswordInput,
  };
}

/** Han, Hiragana, Katakana and Hangul: scripts that pack a word into one to three characters. */
const DENSE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
/** The lowest code point of those scripts (Hangul Jamo U+1100): text below it has no dense character. */
const FIRST_DENSE_CODE = 0x1100;

/** True for the UTF-16 code units JavaScript's `\s` matches (the WhiteSpace and LineTerminator sets). */
function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Heuristic `dense-script-weight`: text length in Latin-character equivalents, so length thresholds treat
 * languages alike. Non-space characters count once; Chinese, Japanese and Korean characters count three
 * times (a CJK character carries roughly what three Latin letters do). One pass over the code units (no copy of the
 * text without spaces); the script regex runs only on text that has a character at or above U+1100.
 */
export function textWeight(text: string): number {
  let nonSpace = 0;
  let mayBeDense = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isSpaceCode(c)) nonSpace++;
    if (c >= FIRST_DENSE_CODE) mayBeDense = true;
  }
  const dense = mayBeDense ? (text.match(DENSE_SCRIPT)?.length ?? 0) : 0;
  return nonSpace + 2 * dense;
}
