import { dictionary } from '@zxcvbn-ts/language-common';

let common: Set<string> | null = null;

/** About 49,000 of the most used passwords (the zxcvbn-ts common list, MIT), loaded on first use. */
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary['passwords-common']);
  return common;
}

const KEYBOARD_ROWS = ['`1234567890-=', 'qwertyuiop[]', "asdfghjkl;'", 'zxcvbnm,./', '1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p'];

function isRunOfOneStep(text: string): boolean {
  if (text.length < 4) return false;
  const step = text.charCodeAt(1) - text.charCodeAt(0);
  if (Math.abs(step) !== 1) return false;
  for (let index = 2; index < text.length; index += 1) if (text.charCodeAt(index) - text.charCodeAt(index - 1) !== step) return false;
  return true;
}

function isKeyboardWalk(text: string): boolean {
  return KEYBOARD_ROWS.some((row) => row.includes(text) || [...row].reverse().join('').includes(text));
}

/**
 * Why a password is too easy to guess, or null when it is not: one of the commonest passwords (also
 * with digits or symbols added at the end), a single repeated character or pattern, a run such as
 * "1234567890" or a keyboard walk, or one that contains the person's name or e-mail address.
 */
export function weakPasswordReason(password: string, person: { email?: string; fullName?: string } = {}): string | null {
  const lower = password.toLowerCase();
  const list = commonPasswords();
  if (list.has(lower)) return 'This is one of the most commonly used passwords, so it is among the first an attacker tries. Choose another.';
  const stem = lower.replace(/[\d\W_]+$/u, '').replace(/^[\d\W_]+/u, '');
  if (stem.length >= 4 && list.has(stem)) return `This password is a very common one ("${stem}") with numbers or symbols added, which attackers try early. Choose another.`;
  if (new Set(lower).size <= 2 || /^(.{1,4})\1+$/u.test(lower)) return 'This password repeats the same characters over and over. Choose one that is harder to guess.';
  if (isRunOfOneStep(lower) || isKeyboardWalk(lower)) return 'This password is a simple run of characters or keys in a row. Choose one that is harder to guess.';
  const local = person.email?.split('@')[0]?.toLowerCase() ?? '';
  const names = (person.fullName ?? '').toLowerCase().split(/\s+/u).filter((part) => part.length >= 4);
  if ((local.length >= 4 && lower.includes(local)) || names.some((part) => lower.includes(part))) {
    return 'This password contains your name or e-mail address, which others can guess. Choose another.';
  }
  return null;
}
