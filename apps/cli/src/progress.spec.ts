import { terminalProgress } from './progress';

describe('terminalProgress', () => {
  it('draws nothing when stderr is not a terminal', () => {
    const written: string[] = [];
    const p = terminalProgress('extract', { isTTY: false, write: (t: string) => written.push(t) });
    p.update(1, 10);
    p.finish();
    expect(written).toEqual([]);
  });

  it('redraws one line at most every 100 ms, always the last step, and clears it at the end', () => {
    const written: string[] = [];
    let t = 0;
    const p = terminalProgress('extract', { isTTY: true, columns: 80, write: (s: string) => written.push(s) }, () => t);
    p.update(1, 3, 'a.html');
    t = 50;
    p.update(2, 3, 'b.html'); // too soon: skipped
    t = 60;
    p.update(3, 3, 'c.html'); // the last step is always drawn
    p.finish();
    expect(written).toEqual(['\r\x1b[Kextract: 1/3 a.html', '\r\x1b[Kextract: 3/3 c.html', '\r\x1b[K']);
  });
});
