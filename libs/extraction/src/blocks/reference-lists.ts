import { ContentBlock } from '../types';

/**
 * "Reference list" heuristic: a scholarly article's bibliography after the text ("References", then
 * "1. Curcic D, et al. Psychiatr Danub. 2017;29:..."). The citations are the sources of the article, not its
 * prose. Only a references heading in the last part of the body followed by blocks that read as citations
 * (a year plus a DOI, "et al.", an index name or a volume:page reference) is dropped, up to the next heading.
 */
const REFERENCES_HEADING =
  /^(\d+\.?\s*)?(references|reference list|bibliography|works cited|literature cited|cited literature|literatur|literaturverzeichnis|quellenverzeichnis|références|bibliographie|referencias|bibliografía|bibliografia|riferimenti bibliografici)$/i;

const YEAR = /\b(1[6-9]|20)\d{2}\b/;
const CITATION_CUE =
  /(\bdoi\b|\bet al\b|pubmed|google scholar|crossref|\bisbn\b|\bvol\.|\bpp\.|\d{4};\s*\d+|\d+\s*\(\d+\)\s*:\s*\d+|:\s*\d+[–-]\d+)/i;

export function isCitation(text: string): boolean {
  return YEAR.test(text) && CITATION_CUE.test(text);
}

/** Indexes of the blocks of reference lists (heading included) among `blocks`, from `fromIndex` on. */
export function referenceListBlocks(blocks: ContentBlock[], fromIndex: number): Set<number> {
  const out = new Set<number>();
  for (let i = fromIndex; i < blocks.length; i++) {
    const heading = blocks[i];
    if (heading.kind !== 'heading' || !REFERENCES_HEADING.test(heading.text.trim())) continue;
    let end = i + 1;
    while (end < blocks.length && blocks[end].kind !== 'heading') end++;
    const lines = blocks.slice(i + 1, end).flatMap((b) => (b.kind === 'list' && b.items ? b.items : [b.text]));
    const cited = lines.filter(isCitation).length;
    if (lines.length === 0 || cited < lines.length * 0.6) continue;
    for (let j = i; j < end; j++) out.add(j);
    i = end - 1;
  }
  return out;
}
