import { expect, test } from 'vitest';
import { AssessmentRuleError } from '@/lib/assessment/assessment-errors';
import { StorageFullError } from '@/lib/evidence/evidence-store';
import { ruleErrorResponse, storageFullResponse } from '@/lib/http/json-responses';

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
