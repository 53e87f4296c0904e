/** README's first command: `newsflow demo` prints the reference article as one JSON line with its fields. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

jest.setTimeout(180_000);

const expected = JSON.parse(
  readFileSync(path.join(__dirname, '../../libs/fixture-site/fixtures/seed/expected.json'), 'utf8'),
);

it('runs the pipeline on the sample site and prints the reference article as a careful reader would', async () => {
  const child = spawn(process.execPath, [path.join(__dirname, '../../bin/newsflow.js'), 'demo'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) process.stderr.write(err.slice(-3000));
  expect(code).toBe(0);
  const lines = out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  const a = lines.find((l) => l.title === expected.article.title);
  expect(a).toBeDefined();
  for (const field of [
    'id',
    'url',
    'title',
    'sectionPath',
    'publishedAt',
    'authors',
    'leadImage',
    'language',
    'text',
    'entities',
    'dates',
    'traceId',
  ]) {
    expect(a).toHaveProperty(field);
  }
  expect(a.sectionPath).toEqual(['News', 'Politics', 'Russia']);
  expect(a.leadImage.caption).toBe(expected.article.leadImageCaption);
  expect(a.language).toBe('en');
  expect(a.text.startsWith(expected.article.bodyStartsWith)).toBe(true);
  expect(a.text.trimEnd().endsWith(expected.article.bodyEndsWith)).toBe(true);
  for (const line of expected.article.mustNotBeInBody) expect(a.text).not.toContain(line);
  expect(a.traceId).toMatch(/^[0-9a-f]{32}$/);
  expect(a.dates).toEqual(
    expect.arrayContaining([expect.objectContaining({ text: 'on Friday', value: '2024-04-26' })]),
  );
  expect(err).toMatch(/wall time \d+(\.\d)? s/);
});
