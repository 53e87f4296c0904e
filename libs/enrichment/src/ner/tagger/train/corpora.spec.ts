import { WNUT_TYPES, readConll2003, readTwoColumn, readUner, toBio } from './corpora';

describe('training corpora', () => {
  it('turns IOB1 into BIO', () => {
    expect(toBio(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-ORG'])).toEqual([
      'B-PER',
      'I-PER',
      'O',
      'B-LOC',
      'B-LOC',
      'B-ORG',
    ]);
  });

  it('splits CoNLL-2003 into documents and sentences', () => {
    const text = [
      '-DOCSTART- -X- -X- O',
      '',
      'EU NNP B-NP I-ORG',
      'rejects VBZ B-VP O',
      '',
      'Peter NNP B-NP I-PER',
      'Blackburn NNP I-NP I-PER',
      '',
      '-DOCSTART- -X- -X- O',
      '',
      'BRUSSELS NNP B-NP I-LOC',
      '',
    ].join('\n');
    const docs = readConll2003(text);
    expect(docs).toHaveLength(2);
    expect(docs[0].sentences).toEqual([
      ['EU', 'rejects'],
      ['Peter', 'Blackburn'],
    ]);
    expect(docs[0].tags).toEqual([
      ['B-ORG', 'O'],
      ['B-PER', 'I-PER'],
    ]);
    expect(docs[0].annotatesMisc).toBe(true);
    expect(docs[1].tags).toEqual([['B-LOC']]);
  });

  it("maps WNUT17's types (group → ORG, product → MISC) and skips empty words", () => {
    const docs = readTwoColumn(
      '@x\tO\nApple\tB-corporation\niPhone\tB-product\n \tO\n\nKKK\tB-group\n',
      WNUT_TYPES,
      false,
    );
    expect(docs.map((d) => d.tags[0])).toEqual([['O', 'B-ORG', 'B-MISC'], ['B-ORG']]);
    expect(docs[0].annotatesMisc).toBe(false);
  });

  it('reads UNER with documents from newdoc comments', () => {
    const text = '# newdoc id = a\n# text = in tampa bay\n1\tin\tO\t-\n2\ttampa\tB-LOC\t-\n3\tbay\tI-LOC\t-\n\n';
    const [doc] = readUner(text);
    expect(doc.sentences).toEqual([['in', 'tampa', 'bay']]);
    expect(doc.tags).toEqual([['O', 'B-LOC', 'I-LOC']]);
  });
});
