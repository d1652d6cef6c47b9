import { expect, test } from 'vitest';
import { MAX_FORM_BODY_BYTES, oversizedFormRefusal } from '@/lib/http/form-body-limit';

test('a form post to a page declaring more than the server action limit is refused with 413 and a clear message', () => {
  const refusal = oversizedFormRefusal({ method: 'POST', pathname: '/account', contentLength: String(MAX_FORM_BODY_BYTES + 1) });
  expect(refusal).toEqual({ status: 413, message: expect.stringContaining('more than 1 MB, so nothing was saved') });
});

test('posts within the limit, reads, and API routes (which have their own limits) pass', () => {
  expect(oversizedFormRefusal({ method: 'POST', pathname: '/account', contentLength: String(MAX_FORM_BODY_BYTES) })).toBeNull();
  expect(oversizedFormRefusal({ method: 'POST', pathname: '/account', contentLength: null })).toBeNull();
  expect(oversizedFormRefusal({ method: 'GET', pathname: '/account', contentLength: '99999999' })).toBeNull();
  expect(oversizedFormRefusal({ method: 'POST', pathname: '/api/progress', contentLength: '99999999' })).toBeNull();
});
