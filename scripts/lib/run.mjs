import { spawnSync } from 'node:child_process';

/** Runs a command with inherited output; returns true when it exits 0. */
export function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } });
  return result.status === 0;
}

export function npx(bin, args, env) {
  return run(process.execPath, [`node_modules/.bin/${bin}`, ...args], env);
}
