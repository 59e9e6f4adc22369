import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export type RunningServer = { url: string; stop: () => Promise<void> };

/**
 * Runs scripts/serve.mjs, the same server `npm start` uses, on the benchmark's copy of the build.
 * The child is killed by stop(), and also if this process exits some other way, so a crashed
 * benchmark never leaves a server holding the port.
 */
export async function startServer(
  repoRoot: string,
  distDir: string,
  preferredPort: number,
): Promise<RunningServer> {
  const port = await freePort(preferredPort);
  const child = spawn(process.execPath, ['scripts/serve.mjs'], {
    cwd: repoRoot,
    env: { ...process.env, DIST_DIR: distDir, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const killOnExit = () => child.kill('SIGKILL');
  // Ctrl-C or a kill: exit properly, so the 'exit' handler above takes the server down too.
  const exitOnSignal = () => process.exit(130);
  process.once('exit', killOnExit);
  process.once('SIGINT', exitOnSignal);
  process.once('SIGTERM', exitOnSignal);
  const stop = async () => {
    process.off('exit', killOnExit);
    process.off('SIGINT', exitOnSignal);
    process.off('SIGTERM', exitOnSignal);
    await stopChild(child);
  };
  try {
    await waitForReady(child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `http://127.0.0.1:${port}`, stop };
}

/** The preferred port when it is free, else whatever port the system hands out. */
async function freePort(preferred: number): Promise<number> {
  const tryListen = (port: number) =>
    new Promise<number | null>((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(null));
      probe.listen(port, '127.0.0.1', () => {
        const address = probe.address();
        const bound = typeof address === 'object' && address ? address.port : null;
        probe.close(() => resolve(bound));
      });
    });
  const port = (await tryListen(preferred)) ?? (await tryListen(0));
  if (port === null) throw new Error('no free port for the benchmark server');
  return port;
}

/** serve.mjs prints one line when it listens; anything else (an exit, silence) is a failure. */
function waitForReady(child: ChildProcess, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => fail(`not listening after ${timeoutMs} ms`), timeoutMs);
    const fail = (why: string) => {
      clearTimeout(timer);
      reject(new Error(`benchmark server ${why}:\n${output}`));
    };
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('is being served at')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => fail(`exited with code ${code}`));
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
  await exited;
  clearTimeout(timer);
}
