import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { asAdmin, dropDatabase, inDatabase } from '@/lib/db/testing/test-databases';
import { openDatabase } from '@/lib/db/open-database';
import { createAccount } from '@/lib/users/create-account';
import { serverArgs } from '../server-command.mjs';

export type Person = { email: string; password: string; fullName: string };

/** The people the proof signs in as; the administrator exists so no page sends anyone to first-run setup. */
export const PEOPLE = {
  admin: { email: 'admin@two.example.co.za', password: 'two-instances-admin-Kettle', fullName: 'Nomvula Khumalo' },
  learner: { email: 'learner@two.example.co.za', password: 'two-instances-learner-Kettle', fullName: 'Lerato Mokoena' },
  limited: { email: 'limited@two.example.co.za', password: 'two-instances-limited-Kettle', fullName: 'Sipho Dlamini' },
} satisfies Record<string, Person>;

export type FreshDatabase = { name: string; ownerUrl: string; appUrl: string; drop: () => Promise<void> };

/**
 * A database of its own, created by the owner role (which may create databases) and migrated as the
 * README says, with `npm run db:migrate` and both URLs; so nothing here touches another step's data.
 */
export async function freshDatabase(ownerBase: string, appBase: string): Promise<FreshDatabase> {
  const name = `two_instances_${randomBytes(5).toString('hex')}`;
  await asAdmin(ownerBase, `CREATE DATABASE ${name}`);
  const database = { name, ownerUrl: inDatabase(ownerBase, name), appUrl: inDatabase(appBase, name), drop: () => dropDatabase(ownerBase, name, appBase) };
  const migrated = spawnSync('npm', ['run', '--silent', 'db:migrate'], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: database.appUrl, DATABASE_OWNER_URL: database.ownerUrl },
  });
  if (migrated.status !== 0) {
    await database.drop();
    throw new Error('npm run db:migrate failed');
  }
  return database;
}

/** Accounts made as an administrator would, straight in the database (the proof is about the servers, not the forms). */
export async function seedPeople(ownerUrl: string): Promise<void> {
  const handle = await openDatabase({ kind: 'postgres', url: ownerUrl });
  try {
    await createAccount(handle.db, { ...PEOPLE.admin, role: 'admin' }, null, 'user.created');
    for (const person of [PEOPLE.learner, PEOPLE.limited]) {
      // A learner needs an identity document on file before starting the assessment (synthetic ID number).
      await createAccount(handle.db, { ...person, role: 'learner', identity: { identityKind: 'sa-id', idNumber: '8001015009087' } }, null, 'user.created');
    }
  } finally {
    await handle.close();
  }
}

/** A port nobody listens on now, from the operating system. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export type Instance = { name: string; port: number; base: string; process: ChildProcess; stop: () => Promise<void> };

/**
 * One production server (`node scripts/serve.mjs`, the built app) with `settings` on top of this
 * process's environment minus the owner's URL, which a server never gets. Resolves once it answers
 * its health check; rejects at once if it exits first. `cwd`: another checkout, to run its build instead.
 */
export async function startInstance(name: string, port: number, settings: Record<string, string>, cwd?: string): Promise<Instance> {
  const dataDir = mkdtempSync(path.join(tmpdir(), `two-instances-${name}-`));
  const { DATABASE_OWNER_URL: _owner, TEST_DATABASE_URL: _test, TEST_DATABASE_APP_URL: _testApp, ...inherited } = process.env;
  const child = spawn(process.execPath, serverArgs(port, { ...inherited, ...settings }), {
    cwd,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...inherited, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', DATA_DIR: dataDir, ...settings },
  });
  const base = `http://localhost:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new Error(`Server ${name} stopped before it answered (exit ${child.exitCode ?? child.signalCode}); its output is above.`);
    }
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { name, port, base, process: child, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`Server ${name} did not answer on port ${port} within 90 s`);
}
