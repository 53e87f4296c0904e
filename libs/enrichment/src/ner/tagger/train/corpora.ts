/**
 * Readers for the training corpora of ../shared/ner-train (see its README), each mapped to BIO over
 * PER/ORG/LOC/MISC. A document is a list of sentences of (word, tag); annotatesMisc says whether an O in the
 * corpus also means "not MISC" (only CoNLL annotates MISC in CoNLL's sense: nationalities, events, works...).
 */
export interface CorpusDoc {
  sentences: string[][];
  tags: string[][];
  annotatesMisc: boolean;
}

/** IOB1 or loose IOB2 → strict BIO: an I-T that does not continue a T starts one. */
export function toBio(tags: string[]): string[] {
  let prevType = '';
  return tags.map((tag) => {
    if (tag === 'O' || !tag.includes('-')) {
      prevType = '';
      return 'O';
    }
    const [prefix, type] = [tag.slice(0, 1), tag.slice(2)];
    const out = prefix === 'I' && prevType === type ? tag : `B-${type}`;
    prevType = type;
    return out;
  });
}

function mapped(tag: string, map: Record<string, string | null>): string {
  if (tag === 'O' || tag.length < 3) return 'O';
  const type = map[tag.slice(2)];
  return type ? `${tag[0]}-${type}` : 'O';
}

/** CoNLL-2003: "word POS chunk NER" lines, IOB1, -DOCSTART- lines between documents. */
export function readConll2003(text: string): CorpusDoc[] {
  const docs: CorpusDoc[] = [];
  let doc: CorpusDoc = { sentences: [], tags: [], annotatesMisc: true };
  let words: string[] = [];
  let tags: string[] = [];
  const endSentence = (): void => {
    if (words.length) {
      doc.sentences.push(words);
      doc.tags.push(toBio(tags));
    }
    words = [];
    tags = [];
  };
  for (const line of text.split('\n')) {
    const cols = line.trim().split(' ');
    if (cols[0] === '-DOCSTART-') {
      endSentence();
      if (doc.sentences.length) docs.push(doc);
      doc = { sentences: [], tags: [], annotatesMisc: true };
    } else if (!line.trim()) endSentence();
    else {
      words.push(cols[0]);
      tags.push(cols[cols.length - 1]);
    }
  }
  endSentence();
  if (doc.sentences.length) docs.push(doc);
  return docs;
}

/**
 * "word<TAB>tag" lines, blank lines between sentences (WNUT17, Broad Twitter Corpus); each sentence (a post)
 * is its own document. map renames the corpus's types (null drops one).
 */
export function readTwoColumn(text: string, map: Record<string, string | null>, annotatesMisc: boolean): CorpusDoc[] {
  const docs: CorpusDoc[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  const end = (): void => {
    if (words.length) docs.push({ sentences: [words], tags: [toBio(tags.map((t) => mapped(t, map)))], annotatesMisc });
    words = [];
    tags = [];
  };
  for (const line of text.split('\n')) {
    if (!line.trim()) {
      end();
      continue;
    }
    const cols = line.split('\t');
    if (cols.length < 2 || !cols[0].trim()) continue;
    words.push(cols[0].trim());
    tags.push(cols[cols.length - 1].trim());
  }
  end();
  return docs;
}

/** Universal NER (IOB2, tab-separated "index word tag ..." with "# newdoc" comments starting documents). */
export function readUner(text: string): CorpusDoc[] {
  const docs: CorpusDoc[] = [];
  let doc: CorpusDoc = { sentences: [], tags: [], annotatesMisc: false };
  let words: string[] = [];
  let tags: string[] = [];
  const map = { PER: 'PER', ORG: 'ORG', LOC: 'LOC', OTH: 'MISC' };
  const endSentence = (): void => {
    if (words.length) {
      doc.sentences.push(words);
      doc.tags.push(toBio(tags.map((t) => mapped(t, map))));
    }
    words = [];
    tags = [];
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('# newdoc')) {
      endSentence();
      if (doc.sentences.length) docs.push(doc);
      doc = { sentences: [], tags: [], annotatesMisc: false };
    } else if (line.startsWith('#')) continue;
    else if (!line.trim()) endSentence();
    else {
      const cols = line.split('\t');
      if (cols.length >= 3 && cols[1]) {
        words.push(cols[1]);
        tags.push(cols[2]);
      }
    }
  }
  endSentence();
  if (doc.sentences.length) docs.push(doc);
  return docs;
}

export const WNUT_TYPES: Record<string, string | null> = {
  person: 'PER',
  location: 'LOC',
  corporation: 'ORG',
  group: 'ORG',
  product: 'MISC',
  'creative-work': 'MISC',
};
export const BTC_TYPES: Record<string, string | null> = { PER: 'PER', ORG: 'ORG', LOC: 'LOC' };
