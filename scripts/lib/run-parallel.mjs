import { spawn } from 'node:child_process';

/**
 * Runs commands side by side, each line of their output prefixed with the command's label, and
 * resolves with the labels of those that failed. The browser journeys spend most of their time
 * waiting on the browser and the server, so two runs on two databases share a machine well.
 */
export function runParallel(jobs) {
  return Promise.all(
    jobs.map(
      ({ label, command, args, env }) =>
        new Promise((resolve) => {
          const child = spawn(command, args, { env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
          const prefix = (stream, target) => {
            let pending = '';
            stream.setEncoding('utf8');
            stream.on('data', (chunk) => {
              pending += chunk;
              const lines = pending.split('\n');
              pending = lines.pop() ?? '';
              for (const line of lines) target.write(`[${label}] ${line}\n`);
            });
            stream.on('end', () => {
              if (pending) target.write(`[${label}] ${pending}\n`);
            });
          };
          prefix(child.stdout, process.stdout);
          prefix(child.stderr, process.stderr);
          child.on('close', (code) => resolve(code === 0 ? null : label));
        }),
    ),
  ).then((results) => results.filter((label) => label !== null));
}
