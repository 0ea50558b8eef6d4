// `cto-portfolio`: the command line over the same core as the app. All logic is in run-cli.ts;
// the build (build/build-electron.mjs) adds the `#!/usr/bin/env node` line to the bundle.
import { runCli } from './run-cli';

// `cto-portfolio status | head -1` closes the pipe early: that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
