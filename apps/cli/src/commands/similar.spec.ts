import { UsageError } from '../command';
import { command, parsePairLine, runSimilar, SimilarIo } from './similar';

// Made-up articles: two outlets on one event, and an unrelated one.
const QUAKE_A =
  'A magnitude 6.1 earthquake struck the coastal town of Velmora early on Sunday, damaging the old harbour wall and the bell tower of St Anne’s church. The regional governor, Marta Ilic, said three people were injured and schools would stay closed on Monday while engineers inspect the buildings.';
const QUAKE_B =
  'Engineers are inspecting schools in Velmora after Sunday’s 6.1 quake cracked the harbour wall and toppled part of the church bell tower. Governor Marta Ilic said three residents were hurt; classes are cancelled on Monday.';
const CHESS =
  'The national chess championship ended in a draw on Saturday after eleven rounds, and the two leaders will meet again in a rapid play-off next month, the federation announced.';

function capture(): { io: SimilarIo; lines: () => Record<string, unknown>[]; warnings: string[] } {
  const out: string[] = [];
  const warnings: string[] = [];
  return {
    io: { write: async (line) => void out.push(line), warn: (m) => void warnings.push(m) },
    lines: () => out.map((l) => JSON.parse(l) as Record<string, unknown>),
    warnings,
  };
}

async function* linesOf(...lines: string[]): AsyncGenerator<string> {
  for (const line of lines) yield line;
}

describe('newsflow similar', () => {
  it('prints one similarity in [0, 1] per pair, in input order, higher for the same story', async () => {
    const { io, lines, warnings } = capture();
    const code = await runSimilar(
      linesOf(
        JSON.stringify({ id: 'same', text1: QUAKE_A, text2: QUAKE_B, title1: 'Quake damages Velmora harbour' }),
        JSON.stringify({
          id: 'other',
          text1: QUAKE_A,
          text2: CHESS,
          published1: '2025-03-02',
          published2: '2025-03-01',
        }),
        JSON.stringify({ id: 7, text1: CHESS, text2: CHESS }),
      ),
      io,
    );
    expect(code).toBe(0);
    expect(warnings).toEqual([]);
    const out = lines();
    expect(out.map((l) => l.id)).toEqual(['same', 'other', 7]);
    for (const l of out) expect(Object.keys(l)).toEqual(['id', 'similarity']);
    const [same, other, self] = out.map((l) => l.similarity as number);
    expect(same).toBeGreaterThan(0.5);
    expect(other).toBeLessThan(0.3);
    expect(self).toBeCloseTo(1, 3);
  });

  it('reports a malformed line with its number, goes on, and exits 1', async () => {
    const { io, lines, warnings } = capture();
    const code = await runSimilar(
      linesOf(
        '{"id": "a", "text1": "x"',
        '',
        JSON.stringify({ id: 'b', text1: QUAKE_A }),
        JSON.stringify({ id: 'c', text1: QUAKE_A, text2: QUAKE_B }),
        JSON.stringify({ text1: 'a', text2: 'b' }),
      ),
      io,
      2,
    );
    expect(code).toBe(1);
    expect(warnings).toEqual([
      'newsflow similar: line 1: not JSON\n',
      'newsflow similar: line 3: "text2" must be a string\n',
      'newsflow similar: line 5: no "id" (a string or number)\n',
    ]);
    const out = lines();
    expect(out).toHaveLength(4);
    expect(out[0]).toEqual({ id: null, similarity: null, error: 'not JSON' });
    expect(out[1]).toMatchObject({ id: 'b', similarity: null });
    expect(out[2].id).toBe('c');
    expect(out[2].similarity as number).toBeGreaterThan(0.5);
    expect(out[3]).toMatchObject({ id: null, similarity: null });
  });

  it('validates optional fields and arguments', async () => {
    expect(parsePairLine(JSON.stringify({ id: 1, text1: 'a', text2: 'b', title1: 5 }))).toEqual({
      id: 1,
      error: '"title1" must be a string when given',
    });
    expect(parsePairLine('[1]')).toEqual({ id: null, error: 'not a JSON object' });
    await expect(command.run([])).rejects.toThrow(UsageError);
    await expect(command.run(['--jsonl', 'extra'])).rejects.toThrow(UsageError);
  });
});
