import { renderToStaticMarkup } from 'react-dom/server';
import { expect, test } from 'vitest';
import { CriterionFieldset, type JudgedCriterion } from '@/components/assessing/criterion-fieldset';

const CRITERION: JudgedCriterion = {
  code: 'AC1.3',
  text: 'Conduct is professional by phone, e-mail and in person.',
  evidence: [3, 7],
  rule: { met: false, words: "The evidence does not meet this criterion's rule yet, so it cannot be signed as met." },
};

function render(criterion: JudgedCriterion, error: string | null = null): string {
  return renderToStaticMarkup(
    <CriterionFieldset criterion={criterion} choice="met" onChoice={() => {}} comment="" onComment={() => {}} previous={null} error={error} />,
  ).replace(/&#x27;/g, "'");
}

test('the rule\'s standing is shown beside the choice and read with the group', () => {
  const html = render(CRITERION);
  expect(html).toContain('<fieldset aria-describedby="rule-AC1.3"');
  expect(html).toContain('<p id="rule-AC1.3" class="mt-1 text-sm font-semibold text-amber-900"><span aria-hidden="true">✗ </span>The evidence does not meet this criterion\'s rule yet, so it cannot be signed as met.</p>');
  expect(html.indexOf('id="rule-AC1.3"')).toBeLessThan(html.indexOf('type="radio"'));
});

test('a refusal of "met" from the signature is shown at the criterion and linked to its group', () => {
  const html = render(CRITERION, 'AC1.3 (Conduct is professional…) needs 3 pieces of evidence. Missing: 1 more practical piece.');
  expect(html).toContain('<fieldset aria-describedby="rule-AC1.3 met-error-AC1.3" class="rounded-lg p-4 border-2 border-red-800">');
  expect(html).toContain('<p id="met-error-AC1.3" class="text-sm font-semibold text-red-800">AC1.3 (Conduct is professional…) needs 3 pieces of evidence. Missing: 1 more practical piece.</p>');
});

test('without a rule standing or an error the group describes nothing extra', () => {
  const html = render({ ...CRITERION, rule: undefined });
  expect(html).toMatch(/^<fieldset class="rounded-lg p-4 border border-slate-300">/);
  expect(html).not.toContain('id="rule-');
  expect(html).toContain('checked=""');
});
