import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password-length';

/**
 * The rules a browser can check before the round trip, with the server's own words. Never stricter
 * than the server (a test holds them to that): the server still checks everything, including what
 * only it knows (common passwords, an ID number's check digit, who is registered).
 */
type Values = Record<string, string>;
type Errors = Record<string, string>;

const looksLikeEmail = (value: string) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value.trim());

function emailError(value: string | undefined): string | null {
  const email = (value ?? '').trim();
  if (email === '') return 'Enter an e-mail address';
  return looksLikeEmail(email) ? null : 'Enter an e-mail address like name@example.co.za';
}

export function signInQuickCheck(values: Values): Errors {
  const errors: Errors = {};
  const email = emailError(values.email);
  if (email) errors.email = email;
  if (!values.password) errors.password = 'Enter your password';
  return errors;
}

export function signUpQuickCheck(values: Values): Errors {
  const errors: Errors = {};
  if ((values.fullName ?? '').trim().length < 2) errors.fullName = 'Enter the full name as it appears on the ID document';
  const email = emailError(values.email);
  if (email) errors.email = email;
  const password = values.password ?? '';
  if (password.length < MIN_PASSWORD_LENGTH) errors.password = `A password needs at least ${MIN_PASSWORD_LENGTH} characters`;
  else if (password !== (values.confirmPassword ?? '')) errors.confirmPassword = 'The two passwords do not match';
  return errors;
}
