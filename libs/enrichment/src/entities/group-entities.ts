import type { Entity, EntitySpan, EntityType, Mention } from '../types';
import { isAcronymOf } from '../ner/recognize-entities';
import { slug } from '../text/slug';
import { SPACE, classesOf } from '../text/char-classes';

/**
 * Groups recognised spans into one canonical entity per article:
 * - "surname joining": a person mention that is the last word(s) or the first word of a longer person name in
 *   the article ("Ashtiani", "Shoigu") joins that name; the longest full name is the canonical name;
 * - "acronym joining": an all-caps mention whose letters are the initials of an organisation's name ("SCO" for
 *   "Shanghai Cooperation Organization", "IRGC") joins it, as does any acronym given in brackets after a name;
 * - everything else groups by type and case-insensitive text.
 */
export function groupEntities(spans: EntitySpan[], text: string): Entity[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const mention = (s: EntitySpan): Mention => ({ start: s.start, end: s.end, text: s.text });

  // Longest names first, so short forms find their full name.
  const counts = new Map(spans.map((s) => [s, wordCount(s.text)]));
  const ordered = [...spans].sort((a, b) => counts.get(b)! - counts.get(a)! || a.start - b.start);
  for (const s of ordered) {
    const lower = s.text.toLowerCase();
    const words = counts.get(s)!;
    const key = `${s.type}:${lower}`;
    let group = byKey.get(key);
    if (!group && s.type === 'PER' && words <= 2) group = findFullName(groups, lower, words);
    if (!group && (s.type === 'ORG' || s.type === 'MISC') && isAcronym(s.text)) {
      group = groups.find((g) => g.type === 'ORG' && isAcronymOf(s.text, g.name)) ?? bracketedAfter(groups, s, text);
    }
    if (!group) {
      group = { type: s.type, name: s.text, lowerName: lower, nameWords: words, aliases: new Set(), mentions: [] };
      groups.push(group);
    } else if (s.text !== group.name) {
      group.aliases.add(s.text);
    }
    byKey.set(key, group);
    group.mentions.push(mention(s));
  }

  const used = new Set<string>();
  return groups
    .map((g) => {
      let id = `${g.type}:${slug(g.name)}`;
      for (let i = 2; used.has(id); i++) id = `${g.type}:${slug(g.name)}-${i}`;
      used.add(id);
      g.mentions.sort((a, b) => a.start - b.start);
      return { id, type: g.type, name: g.name, aliases: [...g.aliases], mentions: g.mentions };
    })
    .sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

interface Group {
  type: EntityType;
  /** The first (longest) mention's text, and its lower case and word count, worked out once. */
  name: string;
  lowerName: string;
  nameWords: number;
  aliases: Set<string>;
  mentions: Mention[];
}

/** Words separated by white space, as s.split(/\s+/).length counts them (one more than the runs of space). */
function wordCount(s: string): number {
  let count = 1;
  let inSpace = false;
  for (let i = 0; i < s.length; i++) {
    const space = (classesOf(s.charCodeAt(i)) & SPACE) !== 0;
    if (space && !inSpace) count++;
    inSpace = space;
  }
  return count;
}

function isAcronym(s: string): boolean {
  return /^[\p{Lu}.&]{2,8}$/u.test(s);
}

/** The person whose full name this short (lower-cased) mention of one or two words ends or begins. */
function findFullName(groups: Group[], lower: string, words: number): Group | undefined {
  const asLastWords = ` ${lower}`;
  const asFirstWord = `${lower} `;
  return groups.find((g) => {
    if (g.type !== 'PER') return false;
    const full = g.lowerName;
    if (full === lower) return true;
    return full.endsWith(asLastWords) || (words === 1 && full.startsWith(asFirstWord) && g.nameWords === 2);
  });
}

/** "Long Name (ACR)": the group whose mention ends right before the bracket. */
function bracketedAfter<T extends { mentions: Mention[] }>(groups: T[], s: EntitySpan, text: string): T | undefined {
  const open = text.lastIndexOf('(', s.start);
  if (open < 0 || s.start - open > 2) return undefined;
  return groups.find((g) => g.mentions.some((m) => m.end <= open && open - m.end <= 2));
}
