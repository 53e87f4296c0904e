import { BOILERPLATE_LINE } from '../cleaning/boilerplate-patterns';
import { parseHumanDate, parseShortYearDate } from '../metadata/date-parsing';
import { MONTH_BY_NAME, MONTH_NAME_PATTERN } from '../metadata/month-names';
import { similarity } from '../metadata/title';
import { ContentBlock } from '../types';
import { isCaptionLine } from './caption-lines';
import {
  APPEAL_BOX_CHARS,
  isAppealLine,
  isAuthorBio,
  isAuthorName,
  isContactLine,
  isGreetingBio,
  isSignUpLine,
  isTagsLine,
  isTruncatedTeaser,
  trailingLabelRun,
} from './furniture-lines';
import { referenceListBlocks } from './reference-lists';
import { blockLinkDensity } from './serialize-blocks';

export interface BlockFilterContext {
  title: string | null;
  authors: string[];
  leadCaption: string | null;
  sectionPath: string[];
}

/** How many leading and trailing blocks are inspected for title, byline and date lines. */
const EDGE_BLOCKS = 6;

/**
 * Removes from the body what the ground truth never counts as body: the headline, bylines and date lines
 * near the top, the lead image caption, the breadcrumb trail, and short boilerplate lines ("Advertisement",
 * "Read more", "Share this") anywhere. Blocks that repeat an earlier block verbatim are dropped too
 * ("duplicate block" heuristic: sticky headers and mobile/desktop variants render the same text twice).
 */
export function filterBlocks(blocks: ContentBlock[], ctx: BlockFilterContext): ContentBlock[] {
  const seen = new Set<string>();
  const out: ContentBlock[] = [];
  const repeatedLabels = findRepeatedLabels(blocks);
  const crumbLine = ctx.sectionPath.length > 1 ? ctx.sectionPath.join(' ').toLowerCase() : null;
  const total = blocks.reduce((sum, b) => sum + b.text.length, 0);
  let before = 0;
  let droppedAuthorLine = false;
  let droppedAppeal = false;
  const references = referenceListBlocks(blocks, tailStart(blocks, total));
  blocks.forEach((block, index) => {
    const text = block.text;
    if (references.has(index)) return;
    const nearTop = index < EDGE_BLOCKS;
    const nearEnd = index >= blocks.length - EDGE_BLOCKS;
    const inTail = before >= total * 0.6;
    before += text.length;
    const afterAuthorLine = droppedAuthorLine;
    droppedAuthorLine = isAuthorName(text, ctx.authors);
    if (isBoilerplateLine(text)) return;
    // furniture-lines.ts: tag strips and sign-up lines anywhere, appeals only after 60% of the body, runs of
    // truncated teasers, and the author's bio box among the last blocks.
    if (isTagsLine(text)) return;
    if (block.kind === 'paragraph' && isSignUpLine(text)) return;
    if (block.kind === 'paragraph' && inTail && isContactLine(text)) return;
    // appeals also come as a box's heading ("Since you made it to the bottom of this article, ...")
    const afterAppeal = droppedAppeal;
    droppedAppeal = false;
    if (
      (block.kind === 'paragraph' || block.kind === 'heading') &&
      inTail &&
      isAppealLine(text, afterAppeal ? APPEAL_BOX_CHARS : undefined)
    ) {
      droppedAppeal = true;
      return;
    }
    if (block.kind === 'paragraph' && isTruncatedTeaser(blocks, index)) return;
    if (nearEnd && !nearTop && isAuthorBio(text, ctx.authors)) return;
    if (nearEnd && !nearTop && block.kind === 'paragraph' && isGreetingBio(text)) return;
    // the role line under a bio box's name ("Editor in chief")
    if (afterAuthorLine && nearEnd && text.length < 40 && text.split(' ').length <= 5) return;
    if (isTeaser(block)) return;
    if (block.kind === 'paragraph' && isSignUpLegalese(text)) return;
    if (!/[\p{L}\p{N}]/u.test(text)) return; // "★★★★★", zero-width joiners, separators
    if (block.kind === 'paragraph' && repeatedLabels.has(text)) return;
    if (block.kind === 'paragraph' && isDateOnly(text)) return;
    if (
      ctx.leadCaption &&
      (text === ctx.leadCaption || (block.kind === 'caption' && similarity(text, ctx.leadCaption) > 0.9))
    )
      return;
    if (nearTop && ctx.title && isTitle(text, ctx.title)) return;
    if (nearTop && isBylineOrDateLine(text, ctx.authors)) return;
    if (
      crumbLine &&
      text
        .replace(/[\s/>»›|]+/g, ' ')
        .trim()
        .toLowerCase() === crumbLine
    )
      return;
    if (text.length > 20 && seen.has(text)) return;
    seen.add(text);
    // "Credit line" / "caption lead" heuristics: a paragraph that is a picture's caption or credit is kept
    // as a caption block, out of the prose.
    if (block.kind === 'paragraph' && isCaptionLine(text)) out.push({ kind: 'caption', text });
    else out.push(block);
  });
  // "Orphan heading" heuristic: a heading with nothing after it introduced furniture that was removed
  // ("More stories", "Related").
  while (out.length > 0 && out[out.length - 1].kind === 'heading') out.pop();
  out.length -= trailingLabelRun(out);
  return out;
}

/** Index of the first block that starts after 60% of the body's characters (the "tail" of the rules above). */
function tailStart(blocks: ContentBlock[], total: number): number {
  let before = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (before >= total * 0.6) return i;
    before += blocks[i].text.length;
  }
  return blocks.length;
}

/**
 * "Teaser" heuristic: a short paragraph (not a heading: listicles link their item headings) that is almost all link ("Former US commander: Russia is
 * dangerous" linking elsewhere), or that starts with a read-also label, points to another article.
 */
function isTeaser(block: ContentBlock): boolean {
  if (block.kind !== 'paragraph' && block.kind !== 'heading') return false;
  const linked = (blockLinkDensity.get(block) ?? 0) > 0.75;
  if (block.kind === 'paragraph' && linked && block.text.length >= 30 && block.text.length < 200) return true;
  return block.text.length < 250 && READ_ALSO.test(block.text);
}

/**
 * "Sign-up legalese" heuristic: the consent sentence under newsletter and SMS forms ("By signing up, you
 * agree to ...") is never article text.
 */
const SIGN_UP_LEGALESE =
  /^(by (signing up|clicking|subscribing|registering|continuing|submitting|entering)|mit (der|ihrer) (anmeldung|registrierung)|mit dem klick|en (vous inscrivant|cliquant|vous abonnant)|al (suscribirte|registrarte|hacer clic)|ao (se inscrever|clicar)|iscrivendoti|cliccando)\b/i;

function isSignUpLegalese(text: string): boolean {
  return text.length < 500 && SIGN_UP_LEGALESE.test(text);
}

const READ_ALSO =
  /^\[?(read also|also read|read more|see also|related|more on this|czytaj (też|także|również|więcej)|zobacz (też|także)|puedes ver|lee también|leer más|ver también|leia também|veja também|lesen sie auch|lesen sie mehr|mehr zum thema|siehe auch|auch interessant|lire aussi|à lire aussi|voir aussi|leggi anche|читайте также|смотрите также|related (article|story|stories|content|posts?))\s*[:»›|\]\n]/i;

/**
 * "Repeated label" heuristic: a short paragraph that occurs three or more times in one body is a widget
 * label (ratings, "Back to top", teaser kickers such as "Front Page"), not prose.
 */
function findRepeatedLabels(blocks: ContentBlock[]): Set<string> {
  const counts = new Map<string, number>();
  for (const block of blocks) {
    if (block.kind === 'paragraph' && block.text.length < 40) counts.set(block.text, (counts.get(block.text) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 3).map(([text]) => text));
}

/** "Lone date" heuristic: a short paragraph that is just a date (teaser lists, comment stamps, date lines). */
function isDateOnly(text: string): boolean {
  if (text.length > 40) return false;
  if (!parseHumanDate(text) && !isShortDate(text)) return false;
  const rest = text.replace(new RegExp(DATE_WORDS, 'giu'), '').replace(/[\d\s:,./·|-]+/g, '');
  return rest.length <= 3;
}

/** Dates without a four-digit year, as post lists print them: "Sep 16", "16 Sep", "14.11.24". */
function isShortDate(text: string): boolean {
  if (text.length > 12) return false;
  if (parseShortYearDate(text)) return /^[\d./-]+$/.test(text);
  const m = /^(?:(\p{L}+)\.? (\d{1,2})|(\d{1,2})\.? (\p{L}+)\.?)$/u.exec(text);
  return m !== null && MONTH_BY_NAME.has((m[1] ?? m[4]).toLowerCase());
}

const DATE_WORDS = '(?:' + MONTH_NAME_PATTERN + ')\\.?|am|pm|utc|gmt|[a-z]{3,9}day';

function isBoilerplateLine(text: string): boolean {
  return text.length < 120 && BOILERPLATE_LINE.test(text.trim());
}

function isTitle(text: string, title: string): boolean {
  if (text.length > title.length * 1.3 + 10) return false;
  return text === title || similarity(text, title) >= 0.9;
}

/**
 * "Byline line" heuristic: a short line that starts with By/Von/Par/Por, consists of an author's name with
 * little else, or is mostly a date ("Published April 26, 2024, 10:42 AM").
 */
function isBylineOrDateLine(text: string, authors: string[]): boolean {
  if (text.length > 160) return false;
  if (/^(by|von|par|por|di|door|от|written by|reported by)\s+\p{Lu}/iu.test(text) && text.length < 120) return true;
  const lower = text.toLowerCase();
  for (const author of authors) {
    if (author.length > 3 && lower.includes(author.toLowerCase()) && text.length < author.length + 60) return true;
  }
  if (text.length < 80 && parseHumanDate(text)) {
    const withoutDate = text.replace(/[\d:,./-]+/g, '').replace(/\s+/g, ' ');
    if (withoutDate.split(' ').filter((w) => w.length > 2).length <= 6) return true;
  }
  return false;
}
