import { expect, test } from 'vitest';
import { canonicalJson, sha256Hex } from '@/lib/record/canonical-json';
import { newVerificationCode, normaliseVerificationCode } from '@/lib/record/verification-code';

test('canonical JSON does not depend on the order keys were written in', () => {
  expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}');
  expect(sha256Hex(canonicalJson({ x: 1, y: 2 }))).toBe(sha256Hex(canonicalJson({ y: 2, x: 1 })));
});

test('verification codes are three groups of four unambiguous characters, read back whatever the case or spacing', () => {
  const codes = new Set(Array.from({ length: 200 }, () => newVerificationCode()));
  expect(codes.size).toBe(200);
  for (const code of codes) expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  expect(normaliseVerificationCode('k7p2 9xqm 4td8')).toBe('K7P2-9XQM-4TD8');
  expect(normaliseVerificationCode('K7P2-9XQM-4TD')).toBeNull();
  expect(normaliseVerificationCode('O1I5-0000-0000')).toBeNull();
});
