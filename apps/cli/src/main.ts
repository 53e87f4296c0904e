import { runCli } from './run-cli';

// The compiled entry point (bin/newsflow.js and the deployments' jobs run dist/apps/cli/src/main.js).
runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`newsflow: ${String(e)}\n`);
    process.exitCode = 1;
  },
);
