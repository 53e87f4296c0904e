import type { Entity, Quote } from '../types';
import {
  attributionAfter,
  attributionBefore,
  attributionEndingSentence,
  clauseEndAfter,
  dashCreditAfter,
  sentenceStartBefore,
  subjectAttribution,
} from './attribution';
import type { Attribution } from './attribution';
import type { CoreferenceContext, PersonMention } from './coreference';
import { findQuoteSpans } from './quote-spans';
import type { QuoteSpan } from './quote-spans';
import { indexSpeakerMentions, resolveSpeaker } from './speaker-resolution';
import type { Speaker } from './speaker-resolution';

/**
 * Direct and partly quoted speech with its speaker: quote spans (quote-spans.ts), their attribution (attribution.ts,
 * reporting-verbs.ts) and the speaker entity (speaker-resolution.ts, coreference.ts).
 *
 * Heuristics applied here:
 * - "split quote": `"X," he said, "Y."` and `"X," Elias said. "Y."` are one quote when nothing but the first
 *   part's attribution stands between the parts in one paragraph (and the second part names no other speaker).
 * - "speaker carries on": a quote with no attribution of its own that opens its paragraph, right after a quote by
 *   a known speaker in the previous paragraph or the same one, is by that speaker (`"X," Trump said.` then a
 *   paragraph `"Y."`).
 * - "scare quotes": a quote of fewer than 4 words without a reporting verb (`the so-called "peace plan"`), and one
 *   in title case without an attribution ("Saturday Night Live"), is no quote; "title inside a sentence" drops a
 *   title before attribution so it does not cut the sentence around it.
 * - "participle continuation": `…“X,” adding, “Y”` keeps the speaker of X.
 * - "new sentence" / "introduced quote first": a finished quote (its own full stop) takes the verb that introduces
 *   it over the next sentence's ("telling her, “….” She replied …"), and a cue after it with a clause of its own
 *   ("Kasich said he would …") attributes nothing.
 * - fallbacks when no clause names a speaker (fallbackAttribution): "dash credit", "reported before", "sentence
 *   subject".
 */

interface Candidate {
  span: QuoteSpan;
  /** Offset of the start of the paragraph that holds the opening mark. */
  paragraph: number;
  attribution: Attribution | null;
  speaker: Speaker | null;
  /** Where the text a following split part may join after ends: this part's "after" clause, else its mark. */
  tail: number;
}

function paragraphStart(text: string, i: number): number {
  const nl = text.lastIndexOf('\n', i - 1);
  return nl + 1;
}

function wordCount(text: string, span: QuoteSpan): number {
  let n = 0;
  for (const p of span.parts) {
    let inWord = false;
    for (let i = p.start; i < p.end; i++) {
      const c = text.charCodeAt(i);
      const space = c === 0x20 || c === 0x0a || c === 0xa0 || c === 0x09;
      if (!space && !inWord) n++;
      inWord = !space;
    }
  }
  return n;
}

/** "scare quotes": every word of a short quote capitalised (a title, a name), save small words. */
function isTitleCase(text: string, span: QuoteSpan): boolean {
  const words =
    span.parts
      .map((p) => text.slice(p.start, p.end))
      .join(' ')
      .match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  if (!words.length || words.length > 8) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|the|a|an|and|in|on|to|for|at|by|with|or)$/.test(w));
}

/**
 * "title inside a sentence": a short title-case quote with no punctuation of its own, in running text (`on CNN’s
 * “State of the Union” Sunday`, `wearing “Ted Cruz” pins`), is a name, not speech; it must not cut the sentence
 * around it into pieces (the attribution of the quote before it, or the joining of a split quote, reads across it).
 */
function isTitleInSentence(text: string, span: QuoteSpan): boolean {
  if (span.parts.length !== 1 || !span.closed) return false;
  const inner = text.slice(span.parts[0].start, span.parts[0].end);
  // A comma may close a title in the American style (`on MSNBC's "Morning Joe," adding`).
  if (/[.!?;:]$/.test(inner.trim()) || !isTitleCase(text, span)) return false;
  const before = text.slice(Math.max(0, span.open - 2), span.open);
  return /[\p{L}\p{N}’'s] $/u.test(before);
}

export function extractQuotes(text: string, entities: Entity[]): Quote[] {
  const spans = findQuoteSpans(text).filter((s) => !isTitleInSentence(text, s));
  if (!spans.length) return [];
  const index = indexSpeakerMentions(entities);
  // Coreference sees person mentions outside quotes only ("nearest person").
  const people: PersonMention[] = [];
  let si = 0;
  for (const m of index.mentions) {
    if (m.entity.type !== 'PER') continue;
    while (si < spans.length && spans[si].close <= m.start) si++;
    if (si < spans.length && spans[si].open <= m.start) continue;
    people.push(m);
  }
  const coref: CoreferenceContext = { text, people };

  const found: Candidate[] = [];
  let lastSpeaker: { entity: Entity; at: number } | null = null;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i];
    const paragraph = paragraphStart(text, span.open);
    const prevClose = i > 0 ? spans[i - 1].close : 0;
    const nextOpen = i + 1 < spans.length ? spans[i + 1].open : text.length;
    const afterEnd = clauseEndAfter(text, span.close, nextOpen);
    let attribution = span.closed ? attributionAfter(text, span.close, afterEnd) : null;
    if (attribution && endsSentence(text, span) && reportsClause(text, span.close, afterEnd, attribution.cue)) {
      // "new sentence": `"… the consequence." Ohio Gov. John Kasich said he would have fired him` reports what
      // Kasich said next; it does not attribute the finished quote before it.
      attribution = null;
    }
    if (!attribution) {
      let from = sentenceStartBefore(text, span.open, Math.max(prevClose, paragraph));
      if (from === paragraph && !text.slice(paragraph, span.open).trim() && paragraph > 1) {
        // The quote opens its paragraph: the previous paragraph may introduce it ("Caddell continued:").
        const prevEnd = paragraph - 1;
        let e = prevEnd;
        while (e > 0 && /\s/.test(text[e - 1])) e--;
        if (text[e - 1] === ':') from = sentenceStartBefore(text, e - 1, Math.max(prevClose, paragraphStart(text, e)));
      }
      attribution = attributionBefore(text, from, span.open);
      if (!attribution) attribution = fallbackAttribution(text, span, from, paragraph);
    } else if (endsSentence(text, span)) {
      // "introduced quote first": a finished quote that a reporting verb introduces (`Axelrod emailed her, telling
      // her, "…." She replied …`) is the introducer's; the clause after it starts the next sentence.
      const from = sentenceStartBefore(text, span.open, Math.max(prevClose, paragraph));
      const intro = attributionBefore(text, from, span.open);
      if (intro && intro.cue !== ',' && intro.cue !== ':') attribution = intro;
    }
    let speaker: Speaker | null = attribution
      ? resolveSpeaker(text, attribution.speakerStart, attribution.speakerEnd, index, coref, lastSpeaker)
      : null;
    const before = found[i - 1];
    if (
      !attribution &&
      before?.speaker &&
      before.paragraph === paragraph &&
      continuesSentence(text, prevClose, span.open)
    ) {
      // "participle continuation".
      speaker = before.speaker;
      attribution = before.attribution;
    }
    if (speaker?.entity) lastSpeaker = { entity: speaker.entity, at: attribution?.speakerStart ?? span.open };
    const tail = attribution?.where === 'after' ? attribution.clauseEnd : span.close;
    found.push({ span, paragraph, attribution, speaker, tail });
  }

  const quotes: Quote[] = [];
  let prev: Candidate | null = null;
  for (const c of found) {
    const p = prev;
    if (p && p.span.closed && c.paragraph === p.paragraph && joinsSplit(text, p, c)) {
      // "split quote": extend the previous quote over this part.
      const q = quotes[quotes.length - 1];
      q.end = c.span.parts[c.span.parts.length - 1].end;
      q.text += ' ' + c.span.parts.map((x) => text.slice(x.start, x.end)).join(' ');
      p.span = {
        open: p.span.open,
        close: c.span.close,
        parts: [...p.span.parts, ...c.span.parts],
        closed: c.span.closed,
      };
      p.tail = c.tail;
      if (!p.speaker?.speaker && c.speaker) {
        p.speaker = c.speaker;
        p.attribution = c.attribution;
        q.speaker = c.speaker.speaker;
        q.speakerEntityId = c.speaker.entity?.id ?? null;
        q.speakerMention = c.speaker.mention;
        q.cue = c.attribution?.cue ?? null;
      }
      continue;
    }
    // "scare quotes"; a short quote needs a reporting verb (a comma or colon leading into it is not enough).
    const words = wordCount(text, c.span);
    if (words < 4 && (!c.attribution || c.attribution.cue === ',' || c.attribution.cue === ':')) continue;
    if (!c.attribution && isTitleCase(text, c.span)) continue;
    if (!c.attribution && p?.speaker?.speaker && opensParagraph(text, c) && c.paragraph <= nextParagraph(text, p)) {
      // "speaker carries on".
      c.speaker = p.speaker;
      c.attribution = p.attribution;
    }
    const first = c.span.parts[0];
    const last = c.span.parts[c.span.parts.length - 1];
    quotes.push({
      speaker: c.speaker?.speaker ?? null,
      speakerEntityId: c.speaker?.entity?.id ?? null,
      text: c.span.parts.map((x) => text.slice(x.start, x.end)).join(' '),
      start: first.start,
      end: last.end,
      speakerMention: c.speaker?.mention ?? null,
      cue: c.attribution?.cue ?? null,
    });
    prev = c;
  }
  return quotes;
}

/**
 * When neither clause names a speaker: "dash credit" (a `- Name.` paragraph after a quote paragraph), "reported
 * before" (the sentence before ends with its reporting verb: `Bystrom agreed. "…"`), "sentence subject" (the quote
 * sits inside a sentence: its subject, the whole sentence read, past earlier quotes in it). A title or a short quote
 * gets none of them (it is no speech).
 */
function fallbackAttribution(text: string, span: QuoteSpan, from: number, paragraph: number): Attribution | null {
  if (wordCount(text, span) < 4 || isTitleCase(text, span)) return null;
  const dash = span.closed ? dashCreditAfter(text, span.close) : null;
  if (dash) return dash;
  const before = text.slice(from, span.open);
  if (!before.trim()) {
    // The quote opens its sentence: the one before it, in the same paragraph.
    let e = from;
    while (e > paragraph && /[\s"”’]/.test(text[e - 1])) e--;
    if (e <= paragraph || text[e - 1] !== '.') return null;
    return attributionEndingSentence(text, sentenceStartBefore(text, e - 1, paragraph), e - 1);
  }
  if (/[.!?:]\s*$/.test(before)) return null;
  return subjectAttribution(text, sentenceStartBefore(text, span.open, paragraph), span.open);
}

/** Whether the quoted text ends with its own full stop, question or exclamation mark. */
function endsSentence(text: string, span: QuoteSpan): boolean {
  const last = span.parts[span.parts.length - 1];
  let e = last.end;
  while (e > last.start && /[\s'’"”]/.test(text[e - 1])) e--;
  return /[.!?]/.test(text[e - 1] ?? '');
}

/** Whether the cue after the quote takes a clause of its own ("said he would", "added that"). */
function reportsClause(text: string, from: number, to: number, cue: string): boolean {
  const after = text.slice(from, to);
  const at = after.indexOf(cue);
  return at >= 0 && /^\s+(?:he|she|they|it|that|we|i|there|his|her)\b/i.test(after.slice(at + cue.length));
}

/**
 * "participle continuation": `Trump told Newsmax that Romney “…,” adding, “…”` and `telling the crowd, “…,” and,
 * “…”`: between the previous quote and this one only a participle or "and", in the same sentence; the speaker
 * carries on.
 */
function continuesSentence(text: string, from: number, to: number): boolean {
  return /^[\s,;:—–-]*(?:(?:and|but|then)[\s,]+)?(?:\p{Ll}+ing)?[\s,:—–-]*$/u.test(text.slice(from, to));
}

function opensParagraph(text: string, c: Candidate): boolean {
  return !text.slice(c.paragraph, c.span.open).trim();
}

/** Start of the paragraph after the one where candidate p ends. */
function nextParagraph(text: string, p: Candidate): number {
  const nl = text.indexOf('\n', p.span.close);
  if (nl < 0) return text.length;
  let i = nl;
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

/** "split quote": between p and c only p's attribution (or nothing) and punctuation. */
function joinsSplit(text: string, p: Candidate, c: Candidate): boolean {
  // A "before" attribution of c can only lie in the gap, i.e. be p's own clause read again.
  if (p.tail < p.span.close || !/^[\s,.;:—–-]*$/.test(text.slice(p.tail, c.span.open))) return false;
  // The clause ends with punctuation (`he said, "`), not in the middle (`Cruz said after a brief "I'm sorry"`).
  const gap = text.slice(p.span.close, c.span.open).trim();
  if (gap && !/[,.;:—–-]$/.test(gap)) return false;
  if (
    c.attribution?.where === 'after' &&
    p.speaker?.speaker &&
    c.speaker?.speaker &&
    c.speaker.speaker !== p.speaker.speaker
  )
    return false;
  return true;
}
