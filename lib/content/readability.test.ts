import { expect, test } from 'vitest';
import { countSyllables, proseOf, readability } from '@/lib/content/readability';

test('syllables are estimated from vowel groups', () => {
  expect(countSyllables('desk')).toBe(1);
  expect(countSyllables('ticket')).toBe(2);
  expect(countSyllables('escalation')).toBe(4);
});

test('short plain sentences score as easy to read, long latinate ones as hard', () => {
  expect(readability('The desk logs the call. Thandi fixes the printer. She tells the user.').fleschReadingEase).toBeGreaterThan(80);
  expect(readability('Organisational accountability necessitates comprehensive documentation of prioritisation methodologies.').fleschReadingEase).toBeLessThan(10);
});

test('prose leaves out frontmatter, tags and table rules', () => {
  const prose = proseOf('---\ntitle: X\n---\n\nText with <Term id="sla">SLA</Term>.\n\n| a | b |\n|---|---|\n| c | d |');
  expect(prose).not.toContain('title');
  expect(prose).not.toContain('Term');
  expect(prose).toContain('SLA');
});
