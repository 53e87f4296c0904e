import type { Entity, Mention } from '../types';
import { resolveDescription, resolvePronoun, SINGULAR_PRONOUNS } from './coreference';
import type { CoreferenceContext } from './coreference';

/**
 * From a speaker phrase (the subject of the reporting verb) to a speaker: the entity it names or refers to.
 *
 * Heuristics:
 * - "name at the head": a phrase ending with a mention of a grouped PER or ORG entity is that entity
 *   ("Huckabee spokeswoman Alice Stewart" is Alice Stewart, "the Washington Post" the Post); a mention followed by a
 *   common noun is not ("a Trump spokeswoman" is no Trump).
 * - "surname match": a capitalised name the recogniser missed is matched to a person by its full name, an alias or
 *   its last word; else it is reported as written, without an entity.
 * - pronouns and definite descriptions go to coreference.ts; an unresolved pronoun has no speaker, an unresolved
 *   description is reported as written ("the woman").
 */

export interface SpeakerMentionIndex {
  /** Mentions of PER and ORG entities, by start (inside quotes too: a speaker phrase is never inside one). */
  mentions: { start: number; end: number; entity: Entity }[];
  /** Lower-cased full names, aliases and last words of PER entities. */
  byName: Map<string, Entity>;
}

export function indexSpeakerMentions(entities: Entity[]): SpeakerMentionIndex {
  const mentions: SpeakerMentionIndex['mentions'] = [];
  const byName = new Map<string, Entity>();
  for (const e of entities) {
    if (e.type !== 'PER' && e.type !== 'ORG') continue;
    for (const m of e.mentions) mentions.push({ start: m.start, end: m.end, entity: e });
    if (e.type !== 'PER') continue;
    for (const n of [e.name, ...e.aliases]) {
      const k = n.toLowerCase();
      if (!byName.has(k)) byName.set(k, e);
    }
    const last = e.name.split(' ').pop()?.toLowerCase();
    if (last && !byName.has(last)) byName.set(last, e);
  }
  mentions.sort((a, b) => a.start - b.start);
  return { mentions, byName };
}

export interface Speaker {
  speaker: string | null;
  entity: Entity | null;
  mention: Mention;
}

const PLURAL_OR_FIRST = new Set(['they', 'we', 'i', 'you', 'it', 'them', 'us']);
const POSSESSIVE_RE = /['’]s$/;

export function resolveSpeaker(
  text: string,
  start: number,
  end: number,
  index: SpeakerMentionIndex,
  coref: CoreferenceContext,
  lastSpeaker: { entity: Entity; at: number } | null,
): Speaker {
  const phrase = text.slice(start, end);
  const mention: Mention = { start, end, text: phrase };
  const lower = phrase.toLowerCase();
  // "pronoun first": `she released a statement saying, "…"` is "she" (a description never opens with one).
  const firstWord = /^(\p{L}+)\s/u.exec(lower)?.[1];
  if (firstWord && SINGULAR_PRONOUNS.has(firstWord)) {
    const entity = resolvePronoun(coref, firstWord, start, lastSpeaker);
    return {
      speaker: entity?.name ?? null,
      entity,
      mention: { start, end: start + firstWord.length, text: phrase.slice(0, firstWord.length) },
    };
  }
  if (SINGULAR_PRONOUNS.has(lower)) {
    const entity = resolvePronoun(coref, lower, start, lastSpeaker);
    return { speaker: entity?.name ?? null, entity, mention };
  }
  if (PLURAL_OR_FIRST.has(lower)) return { speaker: null, entity: null, mention };
  // "name at the head": the last entity mention inside the phrase, if nothing but its end follows.
  let head: Entity | null = null;
  for (const m of index.mentions) {
    if (m.start >= end) break;
    if (m.end <= start || m.start < start) continue;
    if (m.end >= end || !/[\p{L}\p{N}]/u.test(text.slice(m.end, end))) {
      if (!head || m.entity.type === 'PER' || head.type !== 'PER') head = m.entity;
    }
  }
  if (head) return { speaker: head.name, entity: head, mention };
  const words = phrase.split(/[\s\u00a0]+/).filter(Boolean);
  const last = words[words.length - 1] ?? '';
  if (/^\p{Lu}/u.test(last) && !POSSESSIVE_RE.test(last)) {
    // "surname match": the trailing run of capitalised words.
    let s = words.length - 1;
    while (s > 0 && /^\p{Lu}/u.test(words[s - 1])) s--;
    const name = words.slice(s).join(' ');
    const entity = index.byName.get(name.toLowerCase()) ?? index.byName.get(last.toLowerCase()) ?? null;
    return { speaker: entity?.name ?? name, entity, mention };
  }
  const entity = resolveDescription(
    coref,
    words.map((w) => w.toLowerCase()),
    start,
  );
  return { speaker: entity?.name ?? phrase, entity, mention };
}
