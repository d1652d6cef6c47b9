import { expect, test } from 'vitest';
import { z } from 'zod';
import { formValues, invalid } from '@/lib/forms/form-state';

test('passwords are never echoed back into a form after an error', () => {
  const data = new FormData();
  data.set('email', 'thandi@example.co.za');
  data.set('password', 'secret-value-1');
  data.set('confirmPassword', 'secret-value-1');
  expect(formValues(data)).toEqual({ email: 'thandi@example.co.za' });
});

test('each field gets the first zod message that concerns it', () => {
  const schema = z.object({ name: z.string().min(2, 'Too short'), age: z.number({ error: 'Not a number' }) });
  const result = schema.safeParse({ name: 'a', age: 'x' });
  if (result.success) throw new Error('expected a failure');
  const state = invalid(result.error, new FormData());
  expect(state.fieldErrors).toEqual({ name: 'Too short', age: 'Not a number' });
  expect(state.status).toBe('error');
});
