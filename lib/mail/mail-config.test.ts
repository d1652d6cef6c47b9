import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, expect, test, vi } from 'vitest';
import { mailConfigFromEnvironment } from '@/lib/mail/mail-config';

const dataDir = mkdtempSync(path.join(tmpdir(), 'mail-config-'));

afterEach(() => {
  vi.unstubAllEnvs();
});
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

test('without SMTP_URL messages go to the outbox under DATA_DIR, with links on BETTER_AUTH_URL', () => {
  vi.stubEnv('DATA_DIR', dataDir);
  vi.stubEnv('SMTP_URL', '');
  vi.stubEnv('BETTER_AUTH_URL', 'https://course.example.co.za/');
  const config = mailConfigFromEnvironment();
  expect(config).toMatchObject({ smtpUrl: null, baseUrl: 'https://course.example.co.za', outboxDir: path.join(dataDir, 'outbox') });
});

test('an smtp:// or smtps:// SMTP_URL is used, and anything else is refused with a message saying what is expected', () => {
  vi.stubEnv('DATA_DIR', dataDir);
  vi.stubEnv('MAIL_FROM', 'Acme Training <training@acme.co.za>');
  vi.stubEnv('SMTP_URL', 'smtps://user:secret@mail.acme.co.za:465');
  expect(mailConfigFromEnvironment()).toMatchObject({ smtpUrl: 'smtps://user:secret@mail.acme.co.za:465', from: 'Acme Training <training@acme.co.za>' });
  vi.stubEnv('SMTP_URL', 'https://mail.acme.co.za');
  expect(() => mailConfigFromEnvironment()).toThrow(/SMTP_URL must be an smtp:\/\/ or smtps:\/\/ address/);
});
