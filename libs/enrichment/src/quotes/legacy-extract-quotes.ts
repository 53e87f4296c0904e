import type { Entity, Quote } from '../types';

/**
 * Today's extractor up to issue 16, kept only so `npm run bench:enrich` can score it side by side with
 * extract-quotes.ts (nothing in the pipeline calls it).
 *
 * Direct quotes in straight or curly double quotes, with the speaker from the attribution around them:
 * - after:  "…," Ashtiani emphasized. / "…," said Ashtiani. / "…," he said.
 * - before: Ashtiani said: "…" / Ashtiani told reporters, "…"
 * Heuristic "nearest person": the speaker words are resolved to a PER entity by any mention or alias; a pronoun
 * ("he said") takes the person mentioned last before the quote.
 * Short quoted phrases (< 4 words: scare quotes, titles) are not quotes.
 */

const QUOTE_RE = /["“]([^"“”]{12,}?)["”]/g;
const VERBS =
  'said|says|told|added|explained|stated|wrote|tweeted|noted|argued|asked|replied|insisted|warned|claimed|emphasized|emphasised|stressed|recalled|admitted|announced|declared|continued|concluded|urged|remarked|pointed out|underlined|highlighted|maintained|affirmed';
const NAME = "((?:\\p{Lu}[\\p{L}'’.-]*)(?: (?:\\p{Lu}[\\p{L}'’.-]*|de|van|von|al|bin))*)";
const AFTER_NAME_VERB = new RegExp(`^[,\\s]*(?:${NAME}|(he|she|they))\\s+(?:${VERBS})\\b`, 'u');
const AFTER_VERB_NAME = new RegExp(`^[,\\s]*(?:${VERBS})\\s+(?:the\\s+[\\p{Ll}\\s]+?\\s+)?${NAME}`, 'u');
const BEFORE_NAME_VERB = new RegExp(`${NAME}\\s+(?:${VERBS})(?:\\s+[\\p{Ll}\\s]+?)?\\s*[,:]?\\s*$`, 'u');

const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
/** Capitalised sentence starters that are no speaker ("Residents said", "Officials told"). */
const COMMON_SPEAKER_WORDS = new Set([
  'residents',
  'officials',
  'police',
  'critics',
  'experts',
  'analysts',
  'witnesses',
  'sources',
  'authorities',
  'people',
  'others',
  'many',
  'some',
  'it',
  'this',
  'that',
  'there',
]);

/** Today's output shape, before `speakerMention` and `cue`. */
export type LegacyQuote = Pick<Quote, 'speaker' | 'speakerEntityId' | 'text' | 'start' | 'end'>;

export function legacyExtractQuotes(text: string, entities: Entity[]): LegacyQuote[] {
  const quotes: LegacyQuote[] = [];
  const people = entities.filter((e) => e.type === 'PER');
  for (const m of text.matchAll(QUOTE_RE)) {
    const inner = m[1].replace(/[,.]\s*$/, '');
    if (inner.split(/\s+/).length < 4) continue;
    const start = (m.index ?? 0) + 1;
    const end = start + m[1].length;
    const after = text.slice(end + 1, end + 120);
    const before = text.slice(Math.max(0, start - 121), start - 1);
    let speakerText: string | null = null;
    let pronoun = false;
    let attributionBefore = false;
    let a = AFTER_NAME_VERB.exec(after);
    if (a) {
      speakerText = a[1] ?? null;
      pronoun = !a[1];
    } else if ((a = AFTER_VERB_NAME.exec(after))) {
      speakerText = a[1];
    } else if ((a = BEFORE_NAME_VERB.exec(before))) {
      speakerText = a[1];
      attributionBefore = true;
    }
    if (speakerText) {
      // The name pattern may run across a full stop ("… Barusefski. Residents said"): keep the last sentence's part.
      const parts = speakerText.split(/(?<=\p{Ll}{2})\.\s+/u);
      speakerText = (attributionBefore ? parts[parts.length - 1] : parts[0]).replace(/(\p{Ll}{2})\.$/u, '$1');
      if (PRONOUNS.has(speakerText.toLowerCase())) {
        pronoun = true;
        speakerText = null;
      } else if (speakerText.split(' ').length === 1 && COMMON_SPEAKER_WORDS.has(speakerText.toLowerCase())) {
        speakerText = null;
      }
    }
    const person = pronoun ? lastPersonBefore(people, start) : speakerText ? findPerson(people, speakerText) : null;
    quotes.push({
      speaker: person?.name ?? speakerText,
      speakerEntityId: person?.id ?? null,
      text: m[1],
      start,
      end,
    });
  }
  return quotes;
}

function findPerson(people: Entity[], words: string): Entity | null {
  const w = words.toLowerCase();
  for (const p of people) {
    if (p.name.toLowerCase() === w || p.aliases.some((al) => al.toLowerCase() === w)) return p;
  }
  // "Defense Minister Ashtiani": the speaker phrase ends with a known name.
  for (const p of people) {
    const names = [p.name, ...p.aliases].map((n) => n.toLowerCase());
    if (names.some((n) => w.endsWith(` ${n}`) || n.endsWith(` ${w}`))) return p;
  }
  return null;
}

function lastPersonBefore(people: Entity[], offset: number): Entity | null {
  let best: Entity | null = null;
  let bestStart = -1;
  for (const p of people) {
    for (const m of p.mentions) {
      if (m.end <= offset && m.start > bestStart) {
        best = p;
        bestStart = m.start;
      }
    }
  }
  return best;
}
