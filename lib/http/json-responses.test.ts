import { expect, test, vi } from 'vitest';
import { AssessmentRuleError } from '@/lib/assessment/assessment-errors';
import { StorageFullError } from '@/lib/evidence/evidence-store';
import { ruleErrorResponse, storageFullResponse } from '@/lib/http/json-responses';
import { log } from '@/lib/log/logger';
import { StorageSettingsError, StorageUnavailableError } from '@/lib/storage/object-store';

test('a full disk is answered 507 with a message saying nothing was kept', async () => {
  const full = new StorageFullError(Object.assign(new Error('no space'), { code: 'ENOSPC' }));
  for (const response of [storageFullResponse(full), ruleErrorResponse(full)]) {
    expect(response.status).toBe(507);
    expect(await response.json()).toEqual({ error: expect.stringContaining('nothing was kept'), code: 'storage-full' });
  }
});

test('a rule error keeps its own status, and any other fault is passed on', () => {
  expect(ruleErrorResponse(new AssessmentRuleError('locked', 'Locked.')).status).toBe(409);
  expect(() => storageFullResponse(new Error('boom'))).toThrow('boom');
});

test('an object store that cannot be reached or refuses the settings is answered 503, and the cause goes to the log', async () => {
  const logged = vi.spyOn(log(), 'error').mockImplementation(() => undefined);
  const failures = [new StorageUnavailableError('ECONNREFUSED reaching S3_ENDPOINT'), new StorageSettingsError('there is no bucket named "x" (S3_BUCKET)')];
  for (const failure of failures) {
    const response = ruleErrorResponse(failure);
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body).toEqual({ error: expect.stringContaining('Try again later'), code: 'storage-unavailable' });
    // The learner is not told about buckets and endpoints; the operator reads them in the log.
    expect(JSON.stringify(body)).not.toMatch(/S3_|bucket/);
  }
  expect(logged.mock.calls.map(([fields]) => (fields as { err: unknown }).err)).toEqual(failures);
});
