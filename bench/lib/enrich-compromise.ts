/**
 * The compromise baseline (devDependency, benchmark only): people → PER, organizations → ORG, places → LOC, with
 * offsets trimmed of the trailing punctuation and possessive that compromise keeps in a match. For geotagging,
 * each compromise place is resolved to the most populous gazetteer entry of that name (the usual baseline).
 */
import nlp from 'compromise';
import { loadGazetteer } from '@newsflow/enrichment';
import type { PredictedPlace, Span } from './enrich-scoring';

interface Match {
  text: string;
  offset: { start: number; length: number };
}

export function compromiseEntities(text: string): (Span & { text: string })[] {
  const doc = nlp(text);
  const out: (Span & { text: string })[] = [];
  const add = (matches: Match[], type: string): void => {
    for (const m of matches) {
      let s = text.slice(m.offset.start, m.offset.start + m.offset.length);
      const lead = s.length - s.trimStart().length;
      s = s
        .trim()
        .replace(/['’]s$/, '')
        .replace(/[\s.,;:!?"'’”)\]]+$/u, '');
      const start = m.offset.start + lead;
      if (s) out.push({ start, end: start + s.length, type, text: s });
    }
  };
  add(doc.people().json({ offset: true }) as Match[], 'PER');
  add(doc.organizations().json({ offset: true }) as Match[], 'ORG');
  add(doc.places().json({ offset: true }) as Match[], 'LOC');
  return out;
}

export function compromisePlaces(text: string): PredictedPlace[] {
  const gazetteer = loadGazetteer();
  return compromiseEntities(text)
    .filter((e) => e.type === 'LOC')
    .map((e) => {
      const best = gazetteer.byName.get(e.text.toLowerCase())?.[0];
      return { lat: best?.lat ?? null, lon: best?.lon ?? null, mentions: [{ start: e.start, end: e.end }] };
    });
}
