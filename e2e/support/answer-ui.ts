import { expect, type Locator } from '@playwright/test';
import type { QuizResponse } from '@/lib/quiz/response';
import type { Question } from '@/lib/quiz/schema';
import { ticketFormEntries } from './assessment-data';
import { dateTimeGroup, fillDateTime } from './date-time';

/** Answers one question through its controls, as a learner would, from the intended response. */
export async function answerThroughUi(item: Locator, question: Question, response: QuizResponse): Promise<void> {
  switch (response.type) {
    case 'single': {
      const option = question.type === 'single' ? question.options.find((o) => o.id === response.optionId) : undefined;
      await item.getByLabel(option?.text ?? '', { exact: true }).check();
      return;
    }
    case 'multiple':
      for (const id of response.optionIds) {
        const option = question.type === 'multiple' ? question.options.find((o) => o.id === id) : undefined;
        await item.getByLabel(option?.text ?? '', { exact: true }).check();
      }
      return;
    case 'truefalse':
      await item.getByRole('radio', { name: response.value ? 'True' : 'False' }).check();
      return;
    case 'ordering':
      if (question.type !== 'ordering') return;
      for (const [target, id] of response.order.entries()) {
        const text = question.items.find((i) => i.id === id)?.text ?? '';
        for (let guard = 0; guard < 20; guard += 1) {
          const texts = await item.getByRole('listitem').allTextContents();
          const position = texts.findIndex((t) => t.includes(text));
          if (position <= target) break;
          await item.getByRole('button', { name: `Move up: ${text}`, exact: true }).click();
        }
      }
      if (await item.getByRole('button', { name: 'Keep this order as my answer' }).isVisible()) {
        await item.getByRole('button', { name: 'Keep this order as my answer' }).click();
      }
      return;
    case 'matching':
      if (question.type !== 'matching') return;
      for (const pair of question.pairs) {
        const choice = question.choices.find((c) => c.id === response.matches[pair.id]);
        await item.getByLabel(pair.text, { exact: true }).selectOption({ label: choice?.text ?? '' });
      }
      return;
    case 'numeric':
      await item.getByRole('spinbutton').fill(String(response.value));
      return;
    case 'datetime':
      await fillDateTime(dateTimeGroup(item, 'Date and time'), response.value);
      return;
    case 'written':
      await item.getByRole('textbox').fill(response.text);
      return;
    case 'scenario':
      if (question.type !== 'scenario') return;
      for (const choiceId of response.path) {
        const choice = question.nodes.flatMap((node) => node.choices).find((c) => c.id === choiceId);
        await item.getByRole('button', { name: choice?.text ?? '', exact: true }).click();
      }
      await expect(item.getByText('The conversation has ended.')).toBeVisible();
      return;
    case 'ticket':
      for (const entry of ticketFormEntries(response)) {
        if (entry.kind === 'datetime') {
          await fillDateTime(dateTimeGroup(item, entry.label), entry.value);
          continue;
        }
        const control = item.getByLabel(entry.label, { exact: true });
        if (entry.kind === 'level' || entry.kind === 'priority') await control.selectOption(entry.value);
        else await control.fill(entry.value);
      }
      if (response.message !== undefined) await item.getByLabel('Your message', { exact: true }).fill(response.message);
      return;
  }
}
