import { EnrichedArticleV1 } from '@newsflow/contracts';
import { IndexInput, IndexResult } from './article-writer';
import { ArticleWriteCoalescer } from './article-write-coalescer';

const input = (id: string): IndexInput => ({ message: { articleId: id } as EnrichedArticleV1, traceId: null });
const created = (ids: string[]) =>
  new Map<string, IndexResult>(
    ids.map((id) => [id, { articleId: id, event: 'created', revision: 1, duplicateOf: null }]),
  );

/** A write that records each transaction's article ids and fails any transaction holding a poisoned id. */
function recordingWrite(poison = new Set<string>()) {
  const transactions: string[][] = [];
  const write = async (inputs: IndexInput[]) => {
    const ids = inputs.map((i) => i.message.articleId);
    transactions.push(ids);
    await new Promise<void>((r) => setImmediate(r)); // a transaction takes a while: others may hand in meanwhile
    if (ids.some((id) => poison.has(id))) throw new Error(`cannot write ${ids.filter((id) => poison.has(id))}`);
    return created(ids);
  };
  return { write, transactions };
}

describe('ArticleWriteCoalescer', () => {
  it('writes the chunks handed in together in one transaction, each caller getting its own outcomes', async () => {
    const { write, transactions } = recordingWrite();
    const coalescer = new ArticleWriteCoalescer(write);
    const results = await Promise.all([
      coalescer.index([input('a1'), input('a2')]),
      coalescer.index([input('b1')]),
      coalescer.index([input('c1'), input('c2'), input('c3')]),
    ]);
    expect(transactions).toEqual([['a1', 'a2', 'b1', 'c1', 'c2', 'c3']]);
    expect(results[1].get('b1')).toMatchObject({ event: 'created' });
    expect(results[2].get('c3')).toMatchObject({ event: 'created' });
  });

  it('gathers the chunks that arrive while a write is in flight into the next one', async () => {
    const { write, transactions } = recordingWrite();
    const coalescer = new ArticleWriteCoalescer(write);
    const first = coalescer.index([input('a1')]);
    await new Promise<void>((r) => setImmediate(r)); // the first write has started
    const later = [coalescer.index([input('b1')]), coalescer.index([input('c1')])];
    await Promise.all([first, ...later]);
    expect(transactions).toEqual([['a1'], ['b1', 'c1']]);
  });

  it('keeps a transaction within maxArticles, never splitting a chunk', async () => {
    const { write, transactions } = recordingWrite();
    const coalescer = new ArticleWriteCoalescer(write, 3);
    await Promise.all([
      coalescer.index([input('a1'), input('a2')]),
      coalescer.index([input('b1'), input('b2')]),
      coalescer.index([input('c1')]),
      coalescer.index([input('d1'), input('d2'), input('d3'), input('d4')]),
    ]);
    expect(transactions).toEqual([
      ['a1', 'a2'],
      ['b1', 'b2', 'c1'],
      ['d1', 'd2', 'd3', 'd4'],
    ]);
  });

  it('when a group fails, writes each chunk on its own: only the chunk holding the bad article fails', async () => {
    const { write, transactions } = recordingWrite(new Set(['b2']));
    const coalescer = new ArticleWriteCoalescer(write);
    const outcomes = await Promise.allSettled([
      coalescer.index([input('a1')]),
      coalescer.index([input('b1'), input('b2')]),
      coalescer.index([input('c1')]),
    ]);
    expect(transactions).toEqual([['a1', 'b1', 'b2', 'c1'], ['a1'], ['b1', 'b2'], ['c1']]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason.message).toBe('cannot write b2');
  });

  it('goes on writing after a failure', async () => {
    const { write, transactions } = recordingWrite(new Set(['bad']));
    const coalescer = new ArticleWriteCoalescer(write);
    await expect(coalescer.index([input('bad')])).rejects.toThrow('cannot write bad');
    await expect(coalescer.index([input('good')])).resolves.toBeInstanceOf(Map);
    expect(transactions).toEqual([['bad'], ['good']]);
  });
});
