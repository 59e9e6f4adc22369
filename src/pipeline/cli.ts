import { runCli } from './run-cli.ts';

// The only place that touches argv, the process and the real console.
const code = await runCli(process.argv.slice(2), {
  stdout: (line) => console.log(line),
  stderr: (line) => console.error(line),
  cwd: process.cwd(),
});
process.exitCode = code;
