import type { Entity } from '../types';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from './given-name-genders';
import { isReportingVerb } from './reporting-verbs';

/**
 * Which person a pronoun or a description speaker ("he", "the minister") refers to, among the grouped entities.
 *
 * Heuristics:
 * - "pronoun agreement": a person is "he" or "she" by its given name ("given name": Hillary is "she") and the first
 *   such pronoun after its mentions, before anyone else is named (majority over its mentions; "Mr."/"Mrs."/"Ms."
 *   before a mention counts too); a pronoun never resolves to a person of the other.
 * - "last speaker": "he"/"she" after a quote by a named person refers to that person when no other person has been
 *   named since (news keeps the speaker of a run of quotes as the pronoun's antecedent).
 * - "subject first": otherwise the last sentence before the pronoun that names an agreeing person (outside quotes: a
 *   name inside a quote is someone the speaker talks about) gives its first such person, the likely subject
 *   ("Biden rubbished Trump's claim. “…,” he said" is Biden), past an opening phrase ("main clause": "Despite the
 *   blame on Clinton, Groberg says …"), not a possessive ("Trump's claim …"), and the person the sentence has
 *   speaking before any other ("reporter": "Trump's claim imperiled the troops, Biden said. “…,” he said" is Biden);
 *   a sentence led by the same pronoun names only others ("pronoun subject": "He attended, unsure about Sanders.").
 * - "description head": "the minister", "the Senate Democratic leader" refer to the last person introduced with the
 *   description's head noun as a title before the name ("Defense Minister Ashtiani") or in an apposition after it
 *   ("Harry Reid, the Senate Democratic leader,"). Indefinite descriptions ("a reporter", "one official") refer to
 *   nobody named.
 */

export interface PersonMention {
  start: number;
  end: number;
  entity: Entity;
}

export interface CoreferenceContext {
  text: string;
  /** Mentions of PER entities outside quotes, by start. */
  people: PersonMention[];
  /** Memo of "pronoun agreement" (filled on first use). */
  gender?: Map<Entity, 'he' | 'she' | null>;
}

const PRONOUN_AFTER_RE = /\b(he|his|him|she|her|hers)\b/i;

/**
 * "given name": the first word of a person's fullest name, when the lexicon knows it as a man's or a woman's name,
 * weighs more than the pronouns after its mentions (those are often someone else's: "Clinton attacked Trump, saying
 * he …"), less than two of them plus a title.
 */
function givenNameVotes(entity: Entity): number {
  let best = entity.name;
  for (const a of entity.aliases) if (a.split(' ').length > best.split(' ').length) best = a;
  const first = best.split(' ')[0].toLowerCase();
  return MALE_GIVEN_NAMES.has(first) ? 3 : FEMALE_GIVEN_NAMES.has(first) ? -3 : 0;
}

/** "pronoun agreement": 'he', 'she' or null (no evidence, or as much for both). */
function genderOf(ctx: CoreferenceContext, entity: Entity): 'he' | 'she' | null {
  const memo = (ctx.gender ??= new Map());
  const known = memo.get(entity);
  if (known !== undefined) return known;
  let votes = givenNameVotes(entity);
  const text = ctx.text;
  for (const m of entity.mentions) {
    const before = text.slice(Math.max(0, m.start - 5), m.start);
    if (/\bMr\.?\s$/.test(before)) votes += 2;
    else if (/\bM(?:rs|s)\.?\s$/.test(before)) votes -= 2;
    // Up to the paragraph's end, 200 characters, or the next person named (whose pronoun it would be).
    let end = text.indexOf('\n', m.end);
    if (end < 0 || end > m.end + 200) end = Math.min(text.length, m.end + 200);
    const next = lastBefore(ctx.people, m.end) + 1;
    if (next < ctx.people.length && ctx.people[next].start >= m.end) end = Math.min(end, ctx.people[next].start);
    const after = PRONOUN_AFTER_RE.exec(text.slice(m.end, end));
    if (after)
      votes +=
        after[1].toLowerCase().startsWith('h') && after[1].length <= 3 && after[1].toLowerCase() !== 'her' ? 1 : -1;
  }
  const g = votes > 0 ? 'he' : votes < 0 ? 'she' : null;
  memo.set(entity, g);
  return g;
}

function agrees(ctx: CoreferenceContext, entity: Entity, pronoun: string): boolean {
  const g = genderOf(ctx, entity);
  return g === null || g === pronoun;
}

function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i > 0 && i > at - 400; i--) {
    const c = text[i];
    if (c === '\n') return i + 1;
    if ((c === '.' || c === '!' || c === '?') && (text[i + 1] === ' ' || text[i + 1] === '\n')) {
      // "Sen. Sanders": a short capitalised word before the stop is an abbreviation.
      let j = i;
      while (j > 0 && /\p{L}/u.test(text[j - 1])) j--;
      if (i - j <= 3 && /\p{Lu}/u.test(text[j] ?? '')) continue;
      return i + 1;
    }
  }
  return Math.max(0, at - 400);
}

const OPENING_PHRASE_RE =
  /^(?:despite|after|before|when|while|although|though|as|since|because|if|once|during|following|in|on|at|with|asked|\p{L}+ing)\b[^,.;:\n]*,\s*/iu;

/** "main clause": where the sentence from `from` continues after an opening phrase up to its comma (before `to`). */
function mainClauseStart(text: string, from: number, to: number): number {
  while (from < to && /\s/.test(text[from])) from++;
  const m = OPENING_PHRASE_RE.exec(text.slice(from, to));
  return m ? from + m[0].length : from;
}

function opensWithPronoun(text: string, from: number, pronoun: string): boolean {
  const m = /^[\s"“”']*(?:(?:but|and|yet|still|now|so|then)\s+)?(he|she)\b/i.exec(text.slice(from, from + 24));
  return !!m && m[1].toLowerCase() === pronoun;
}

/** Nouns a name modifies ("Clinton spokeswoman Jennifer Palmieri", "Trump supporters"): the name is no subject. */
const MODIFIED_NOUNS =
  /^\s(?:spokes(?:wo)?man|spokesperson|campaign|aides?|advisers?|supporters?|backers?|allies|ally|administration|staff(?:ers)?|team|camp|surrogates?|officials?|loyalists?|delegates?|voters|rally|foundation|family)\b/;

/** A possessive or a modifier: "Trump's accusation …", "Clinton spokeswoman Jennifer Palmieri". */
function pronounBefore(text: string, from: number, to: number, pronoun: string): boolean {
  return new RegExp(`\\b${pronoun}\\b`, 'i').test(text.slice(from, to));
}

function isPossessive(text: string, m: PersonMention): boolean {
  const after = text.slice(m.end, m.end + 16);
  return /^['’]s?\b/.test(after) || MODIFIED_NOUNS.test(after);
}

/** "reporter": a reporting verb right after the mention, or "said"/"says" right before it. */
function reportsHere(text: string, m: PersonMention): boolean {
  // Not a verb of its own clause: "Trump continued to hurt his cause" reports nothing.
  const after = /^,?\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b(?!\s+to\b)/u.exec(text.slice(m.end, m.end + 34));
  if (after && isReportingVerb(after[1])) return true;
  // `…," said Biden` (right after a quote), not `Murphy, the chairman, said Trump continued …`.
  return /(?:[”"]\s*(?:said|says)|\baccording to)\s+$/.test(text.slice(Math.max(0, m.start - 18), m.start));
}

/** The last person mention ending at or before `offset`: index into people, or -1. */
function lastBefore(people: PersonMention[], offset: number): number {
  let lo = 0;
  let hi = people.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (people[mid].end <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

export const SINGULAR_PRONOUNS = new Set(['he', 'she']);

/**
 * The entity "he"/"she" at `offset` refers to. `lastSpeaker` is the entity and offset of the previous attributed
 * quote's speaker, when it had one.
 */
export function resolvePronoun(
  ctx: CoreferenceContext,
  pronoun: string,
  offset: number,
  lastSpeaker: { entity: Entity; at: number } | null,
): Entity | null {
  const people = ctx.people;
  let i = lastBefore(people, offset);
  if (lastSpeaker && agrees(ctx, lastSpeaker.entity, pronoun)) {
    let j = i;
    while (j >= 0 && people[j].start > lastSpeaker.at && people[j].entity === lastSpeaker.entity) j--;
    if (j < 0 || people[j].start <= lastSpeaker.at) return learn(ctx, lastSpeaker.entity, pronoun); // "last speaker"
  }
  // "subject first", within a few paragraphs (beyond that the antecedent is one we did not see).
  while (i >= 0 && offset - people[i].end < 1500) {
    if (!agrees(ctx, people[i].entity, pronoun)) {
      i--;
      continue;
    }
    const from = sentenceStart(ctx.text, people[i].start);
    // "main clause": persons in an opening phrase ("Despite many blaming Clinton for the deaths of Ambassador Chris
    // Stevens, Groberg says …", "Noting that both Reagan and Trump …, Schlafly wrote") are not its subject.
    const main = mainClauseStart(ctx.text, from, people[i].start);
    if (opensWithPronoun(ctx.text, from, pronoun) || opensWithPronoun(ctx.text, main, pronoun)) {
      // "pronoun subject": a sentence led by the same pronoun ("He attended the rally, unsure about Clinton or
      // Sanders") names only others; the pronoun continues the one before it.
      while (i >= 0 && people[i].start >= from) i--;
      continue;
    }
    // The first agreeing person of the clause, not a possessive ("Trump's accusation …, Biden said" is about Biden),
    // unless the sentence has one of them speaking ("reporter": `…, Biden said.`, `said Biden`).
    let first = i;
    let subject = -1;
    let reporter = -1;
    for (let j = i; j >= 0 && people[j].start >= main; j--) {
      if (!agrees(ctx, people[j].entity, pronoun)) continue;
      first = j;
      if (!isPossessive(ctx.text, people[j])) subject = j;
      if (reportsHere(ctx.text, people[j])) reporter = j;
    }
    const pick = reporter >= 0 ? reporter : subject >= 0 ? subject : first;
    if (reporter < 0 && pronounBefore(ctx.text, main, people[first].start, pronoun)) {
      // "pronoun before the names": `…, which he said were split between Trump and Cruz` names others (a pronoun
      // does not stand for a name that follows it in its own sentence: "he said Trump …" is not Trump).
      while (i >= 0 && people[i].start >= from) i--;
      continue;
    }
    return learn(ctx, people[pick].entity, pronoun);
  }
  return null;
}

/** A pronoun resolved to a person of unknown gender tells it ("pronoun agreement" for the pronouns after it). */
function learn(ctx: CoreferenceContext, entity: Entity, pronoun: string): Entity {
  if (genderOf(ctx, entity) === null) ctx.gender?.set(entity, pronoun === 'she' ? 'she' : 'he');
  return entity;
}

const INDEFINITE = new Set(['a', 'an', 'one', 'another', 'some', 'several', 'two', 'three', 'many']);

/** The entity a definite description ("the minister") at `offset` refers to, or null. */
export function resolveDescription(ctx: CoreferenceContext, words: string[], offset: number): Entity | null {
  if (words.length < 2 || INDEFINITE.has(words[0])) return null;
  const head = words[words.length - 1];
  if (head.length < 3) return null;
  const headRe = new RegExp(`(?:^|[^\\p{L}])${head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:[^\\p{L}]|$)`, 'iu');
  const text = ctx.text;
  // "description head", over the last 40 person mentions before the description.
  for (let i = lastBefore(ctx.people, offset), seen = 0; i >= 0 && seen < 40; i--, seen++) {
    const p = ctx.people[i];
    // Title words: up to 4 words before the name in its own clause.
    const clause =
      text
        .slice(Math.max(0, p.start - 40), p.start)
        .split(/[.,;:!?\n]/)
        .pop() ?? '';
    if (
      headRe.test(
        clause
          .split(/[\s\u00a0]+/)
          .slice(-5)
          .join(' '),
      )
    )
      return p.entity;
    const after = text.slice(p.end, p.end + 80);
    const appo = /^,\s+([^,.;:\n]*)/.exec(after);
    if (appo && headRe.test(appo[1])) return p.entity;
  }
  return null;
}
