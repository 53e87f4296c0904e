import path from 'node:path';
import { CliCommand } from './command';
import { COMMANDS } from './command-index';
import { loadAllCommands } from './command-index-source';
import { readFileSync } from 'node:fs';
import { runCli } from './run-cli';

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(
    argv,
    (t) => (out += t),
    (t) => (err += t),
  );
  return { code, out, err };
}

const loadedCommandModules = () =>
  Object.keys(require.cache).filter((f) => f.includes(`${path.sep}commands${path.sep}`) && f.includes('apps/cli'));

describe('newsflow CLI', () => {
  it('lists the commands without loading any of them', async () => {
    const before = loadedCommandModules().length;
    const r = await cli('help');
    expect(r.code).toBe(0);
    for (const c of COMMANDS) expect(r.out).toContain(`  ${c.name.padEnd(10)} ${c.summary}`);
    expect(loadedCommandModules().length).toBe(before);
    expect((await cli()).out).toBe(r.out);
  });

  it('prints the version', async () => {
    const pkg = JSON.parse(readFileSync(path.join(__dirname, '../../../package.json'), 'utf8')) as { version: string };
    expect(await cli('--version')).toEqual({ code: 0, out: `${pkg.version}\n`, err: '' });
  });

  it.each([
    ['status', '--help'],
    ['search', '-h'],
    ['help', 'search'],
  ])('shows one command in full for `%s %s`, without running it', async (a, b) => {
    const name = a === 'help' ? b : a;
    const r = await cli(a, b);
    expect(r).toEqual({ code: 0, out: COMMANDS.find((c) => c.name === name)!.usage + '\n', err: '' });
  });

  it('refuses unknown commands, `help` of an unknown command, and unknown options with exit 2 and the usage', async () => {
    for (const argv of [['bogus'], ['help', 'bogus']]) {
      const r = await cli(...argv);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^newsflow: unknown command "bogus"\nusage: newsflow <command>/);
    }
    for (const name of ['status', 'migrate']) {
      const r = await cli(name, '--bogus');
      expect(r.code).toBe(2);
      expect(r.err).toBe(
        `newsflow ${name}: unknown option '--bogus'\n${COMMANDS.find((c) => c.name === name)!.usage}\n`,
      );
    }
    const missing = await cli('fetches', '--limit');
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^newsflow fetches: option '--limit <n>' argument missing/);
  });

  it('reports a bad argument as a usage error, never a stack trace', async () => {
    const r = await cli('sources', 'add', 'notaurl');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^newsflow sources: not a URL: notaurl\nusage: newsflow sources add/);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('keeps command-index.ts in sync with the command modules (regenerate: node bin/run.js apps/cli/src/write-command-index)', () => {
    const fields = ({ name, summary, usage, options }: Omit<CliCommand, 'run'>) => ({
      name,
      summary,
      usage,
      options,
    });
    expect(COMMANDS.map(fields)).toEqual(loadAllCommands().map(fields));
    expect(COMMANDS.map((c) => c.load().command.usage)).toEqual(COMMANDS.map((c) => c.usage));
  });
});
