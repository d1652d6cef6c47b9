import { type ChildProcess, spawn } from 'node:child_process';
import { createConnection, createServer } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const LOCK_MODULE = pathToFileURL(path.resolve('lib/db/pglite-lock.mjs')).href;

/** Another process that takes the folder's lock and keeps it until it is killed. */
export async function holdLockInAnotherProcess(folder: string): Promise<ChildProcess> {
  const script = `import { acquireFolderLock } from ${JSON.stringify(LOCK_MODULE)}; acquireFolderLock(process.argv[1]); process.stdout.write('held\\n'); setInterval(() => {}, 60_000);`;
  const holder = spawn(process.execPath, ['--input-type=module', '-e', script, folder], { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    let errors = '';
    holder.stderr?.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
    });
    holder.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('held')) resolve();
    });
    holder.once('exit', (code) => reject(new Error(`the lock holder exited (${code}): ${errors}`)));
  });
  return holder;
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** A port nothing listens on at this moment, chosen by the system. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** True when something accepts a connection on the port. */
export function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export type WatchedStart = { code: number | null; output: string; answered: boolean };

/**
 * Runs `npm start`'s script on a data folder and knocks on its port every 20 ms for as long as it
 * runs (and once after), recording whether anything ever accepted a connection. A start still
 * running after `limitMs` is stopped.
 */
export async function startAndWatchPort({ folder, port, limitMs = 20_000 }: { folder: string; port: number; limitMs?: number }): Promise<WatchedStart> {
  const { DATABASE_URL: _postgres, DATABASE_OWNER_URL: _owner, ...env } = process.env;
  const start = spawn(process.execPath, ['scripts/start.mjs'], { env: { ...env, DATA_DIR: folder, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  start.stdout?.on('data', collect);
  start.stderr?.on('data', collect);
  let running = true;
  const exited = new Promise<number | null>((resolve) =>
    start.once('exit', (code) => {
      running = false;
      resolve(code);
    }),
  );
  let answered = false;
  const deadline = Date.now() + limitMs;
  while (running && Date.now() < deadline) {
    if (await accepts(port)) answered = true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  if (running) await stopProcess(start);
  const code = await exited;
  if (await accepts(port)) answered = true;
  return { code, output, answered };
}
