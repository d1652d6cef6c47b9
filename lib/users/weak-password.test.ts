import { expect, test } from 'vitest';
import { weakPasswordReason } from '@/lib/users/weak-password';

test('the commonest passwords of ten characters or more are refused, whatever their case', () => {
  for (const password of ['1234567890', 'qwertyuiop', 'Password123', 'iloveyou12', 'PASSWORD1234']) expect(weakPasswordReason(password), password).not.toBeNull();
});

test('a common word with digits or symbols bolted on is refused and the message names the word', () => {
  expect(weakPasswordReason('sunshine2026!')).toBe('This password is a very common one ("sunshine") with numbers or symbols added, which attackers try early. Choose another.');
});

test('repeated characters, runs and keyboard walks are refused', () => {
  expect(weakPasswordReason('aaaaaaaaaaaa')).toMatch(/repeats the same characters/);
  expect(weakPasswordReason('abababababab')).toMatch(/repeats the same characters/);
  expect(weakPasswordReason('abcdefghijkl')).toMatch(/simple run/);
  expect(weakPasswordReason('zyxwvutsrqpo')).toMatch(/simple run/);
  expect(weakPasswordReason('1qaz2wsx3edc')).not.toBeNull();
});

test("a password holding the person's name or e-mail address is refused", () => {
  expect(weakPasswordReason('Mokoena#Desk-77', { fullName: 'Lerato Mokoena' })).toMatch(/contains your name/);
  expect(weakPasswordReason('x-lerato.m-2026', { email: 'lerato.m@example.co.za' })).toMatch(/contains your name or e-mail/);
});

test('a long, unusual passphrase is accepted', () => {
  expect(weakPasswordReason('kettle-Mopane-orbit-47', { fullName: 'Lerato Mokoena', email: 'lerato@example.co.za' })).toBeNull();
  expect(weakPasswordReason('a-long-password')).toBeNull();
});
