import { expect, test } from 'vitest';
import { databaseFromSettings, parseBackupArguments, parseRestoreArguments, UsageError } from '@/lib/backup/command-line';
import { readEnv } from '@/lib/env';

test('backup takes an optional --out folder and nothing else', () => {
  expect(parseBackupArguments([])).toEqual({ out: null });
  expect(parseBackupArguments(['--out', '/srv/backups'])).toEqual({ out: '/srv/backups' });
  expect(() => parseBackupArguments(['--out', ' '])).toThrow(/--out must name a folder\nUsage: npm run backup/);
  expect(() => parseBackupArguments(['--force'])).toThrow(UsageError);
  expect(() => parseBackupArguments(['somewhere'])).toThrow(/Usage: npm run backup/);
});

test('restore takes exactly one backup folder and an optional --force', () => {
  expect(parseRestoreArguments(['backups/course-backup-20260302T081500Z'])).toEqual({ folder: 'backups/course-backup-20260302T081500Z', force: false });
  expect(parseRestoreArguments(['--force', 'b'])).toEqual({ folder: 'b', force: true });
  expect(() => parseRestoreArguments([])).toThrow(/name exactly one backup folder/);
  expect(() => parseRestoreArguments(['a', 'b'])).toThrow(/name exactly one backup folder/);
  expect(() => parseRestoreArguments(['a', '--yes'])).toThrow(/Usage: npm run restore -- <backup folder> \[--force\]/);
});

test('PostgreSQL is backed up and restored as the owner role, which then grants the application role its rights', () => {
  const app = 'postgres://course_app:pw@db/course';
  const owner = 'postgres://course_owner:pw@db/course';
  expect(databaseFromSettings(readEnv({}), '/data')).toEqual({ database: { kind: 'pglite', dataDir: '/data' }, appRole: null });
  expect(databaseFromSettings(readEnv({ DATABASE_URL: app }), '/data')).toEqual({ database: { kind: 'postgres', url: app }, appRole: null });
  expect(databaseFromSettings(readEnv({ DATABASE_URL: app, DATABASE_OWNER_URL: owner }), '/data')).toEqual({ database: { kind: 'postgres', url: owner }, appRole: 'course_app' });
  expect(() => databaseFromSettings(readEnv({ DATABASE_OWNER_URL: owner }), '/data')).toThrow(/DATABASE_URL is not/);
});
