import fc from 'fast-check';
import { expect, test } from 'vitest';
import { signInQuickCheck, signUpQuickCheck } from '@/lib/forms/quick-checks';
import { SignInSchema, SignUpSchema } from '@/lib/users/account-schemas';

const text = fc.oneof(fc.constantFrom('', ' ', 'a', 'Thandi Mokoena', 'thandi@example.co.za', 'thandi@example', 'a@b.c', 'x y@z.co', 'Fresh-kettle-on-stove-9', 'short'), fc.string({ maxLength: 24 }));

function serverErrors(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): Map<string, string[]> {
  const errors = new Map<string, string[]>();
  for (const issue of result.error?.issues ?? []) {
    const field = String(issue.path[0] ?? 'form');
    errors.set(field, [...(errors.get(field) ?? []), issue.message]);
  }
  return errors;
}

test('the browser refuses a sign-up only where the server refuses the same field with the same words', () => {
  fc.assert(
    fc.property(fc.record({ fullName: text, email: text, password: text, confirmPassword: text }), (values) => {
      const quick = signUpQuickCheck(values);
      const server = serverErrors(SignUpSchema.safeParse({ ...values, identityKind: 'sa-id', idNumber: '8001015009087' }));
      for (const [field, message] of Object.entries(quick)) {
        if (field === 'confirmPassword') expect(server.size, 'the server refuses a mismatch too').toBeGreaterThan(0);
        else expect(server.get(field), `${field}: ${JSON.stringify(values)}`).toContain(message);
      }
    }),
    { seed: 114052, numRuns: 500 },
  );
});

test('the browser refuses a sign-in only where the server refuses the same field with the same words', () => {
  fc.assert(
    fc.property(fc.record({ email: text, password: text }), (values) => {
      const server = serverErrors(SignInSchema.safeParse(values));
      for (const [field, message] of Object.entries(signInQuickCheck(values))) expect(server.get(field), `${field}: ${JSON.stringify(values)}`).toContain(message);
    }),
    { seed: 114052, numRuns: 500 },
  );
});

test('a sign-up with mismatched passwords or a short one is stopped in the browser with the words the server would use', () => {
  expect(signUpQuickCheck({ fullName: 'Thandi Mokoena', email: 'thandi@example.co.za', password: 'Fresh-kettle-on-stove-9', confirmPassword: 'Fresh-kettle-on-stove-8' })).toEqual({ confirmPassword: 'The two passwords do not match' });
  expect(signUpQuickCheck({ fullName: 'T', email: 'thandi', password: 'short', confirmPassword: 'short' })).toEqual({
    fullName: 'Enter the full name as it appears on the ID document',
    email: 'Enter an e-mail address like name@example.co.za',
    password: 'A password needs at least 10 characters',
  });
  expect(signUpQuickCheck({ fullName: 'Thandi Mokoena', email: 'thandi@example.co.za', password: 'Fresh-kettle-on-stove-9', confirmPassword: 'Fresh-kettle-on-stove-9' })).toEqual({});
});
