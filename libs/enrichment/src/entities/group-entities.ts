import type { Entity, EntitySpan, EntityType, Mention } from '../types';
import { isAcronymOf } from '../ner/recognize-entities';
import { slug } from '../text/slug';

/**
 * Groups recognised spans into one canonical entity per article:
 * - "surname joining": a person mention that is the last word(s) or the first word of a longer person name in
 *   the article ("Ashtiani", "Shoigu") joins that name; the longest full name is the canonical name;
 * - "acronym joining": an all-caps mention whose letters are the initials of an organisation's name ("SCO" for
 *   "Shanghai Cooperation Organization", "IRGC") joins it, as does any acronym given in brackets after a name;
 * - everything else groups by type and case-insensitive text.
 */
export function groupEntities(spans: EntitySpan[], text: string): Entity[] {
  const groups: { type: EntityType; name: string; aliases: Set<string>; mentions: Mention[] }[] = [];
  const byKey = new Map<string, (typeof groups)[number]>();
  const mention = (s: EntitySpan): Mention => ({ start: s.start, end: s.end, text: s.text });

  // Longest names first, so short forms find their full name.
  const counts = new Map(spans.map((s) => [s, wordCount(s.text)]));
  const ordered = [...spans].sort((a, b) => counts.get(b)! - counts.get(a)! || a.start - b.start);
  for (const s of ordered) {
    const key = `${s.type}:${s.text.toLowerCase()}`;
    let group = byKey.get(key);
    if (!group && s.type === 'PER' && wordCount(s.text) <= 2) group = findFullName(groups, s.text);
    if (!group && (s.type === 'ORG' || s.type === 'MISC') && isAcronym(s.text)) {
      group = groups.find((g) => g.type === 'ORG' && isAcronymOf(s.text, g.name)) ?? bracketedAfter(groups, s, text);
    }
    if (!group) {
      group = { type: s.type, name: s.text, aliases: new Set(), mentions: [] };
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

function wordCount(s: string): number {
  return s.split(/\s+/).length;
}

function isAcronym(s: string): boolean {
  return /^[\p{Lu}.&]{2,8}$/u.test(s);
}

function findFullName<T extends { type: EntityType; name: string }>(groups: T[], short: string): T | undefined {
  const lower = short.toLowerCase();
  return groups.find((g) => {
    if (g.type !== 'PER') return false;
    const full = g.name.toLowerCase();
    if (full === lower) return true;
    return (
      full.endsWith(` ${lower}`) || (wordCount(short) === 1 && full.startsWith(`${lower} `) && wordCount(full) === 2)
    );
  });
}

/** "Long Name (ACR)": the group whose mention ends right before the bracket. */
function bracketedAfter<T extends { mentions: Mention[] }>(groups: T[], s: EntitySpan, text: string): T | undefined {
  const open = text.lastIndexOf('(', s.start);
  if (open < 0 || s.start - open > 2) return undefined;
  return groups.find((g) => g.mentions.some((m) => m.end <= open && open - m.end <= 2));
}
