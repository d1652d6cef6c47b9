import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { serverArgs } from './server-command.mjs';

/**
 * Starts the production server on a port and waits until it answers. Its standard output (a JSON
 * line per request) is discarded: a pipe nobody reads would fill and stall the server.
 */
export async function startServer(port, env = {}) {
  const server = spawn(process.execPath, serverArgs(port, { ...process.env, ...env }), {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://localhost:${port}/`);
      if (response.ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  server.kill('SIGTERM');
  throw new Error(`The server did not answer on port ${port} within 60 s`);
}

export async function stopServer(server) {
  if (server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  await exited;
}

function childrenOf(pid) {
  const children = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent === pid) children.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return children;
}

/** Resident memory of the server and any worker processes it started, in MB. */
export async function residentMemoryMb(pid) {
  let kb = 0;
  const queue = [pid];
  while (queue.length > 0) {
    const current = queue.shift();
    try {
      const status = readFileSync(`/proc/${current}/status`, 'utf8');
      kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      continue;
    }
    queue.push(...childrenOf(current));
  }
  return Math.round(kb / 1024);
}
