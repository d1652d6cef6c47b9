import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const pages = [
  ['home', '/'],
  ['module', '/modules/relationships-and-the-sla'],
  ['lesson with SLA tools', '/lessons/03-priorities-and-the-sla-clock'],
  ['lesson with conflict diagram', '/lessons/07-handling-conflict'],
  ['lesson with complaint scenario', '/lessons/08-handling-complaints'],
  ['glossary', '/glossary'],
  ['course outline', '/outline'],
  ['not found', '/lessons/99-missing'],
] as const;

for (const [name, url] of pages) {
  test(`the ${name} page has no WCAG 2.2 AA violations`, async ({ page }) => {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(summary).toEqual([]);
  });
}
