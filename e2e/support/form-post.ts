import { expect, type Page } from '@playwright/test';

const ENTITIES: Record<string, string> = { '&quot;': '"', '&#x27;': "'", '&#39;': "'", '&lt;': '<', '&gt;': '>', '&amp;': '&' };

/** Plain text from HTML-escaped text (the few entities React writes). */
export function unescapeHtml(text: string): string {
  return text.replace(/&(?:quot|#x27|#39|lt|gt|amp);/g, (entity) => ENTITIES[entity] ?? entity);
}

function attributes(tag: string): Record<string, string> {
  return Object.fromEntries([...tag.matchAll(/([\w$:-]+)="([^"]*)"/g)].map(([, name = '', value = '']) => [name, unescapeHtml(value)]));
}

/**
 * What a browser without JavaScript sends when the submit button whose text starts with
 * `buttonText` submits its form on the page at `path`, read from the HTML the server sends (every
 * hidden field of that form, in order, and the button's own name), with `fields` added. Posting it
 * calls the button's server action directly: no page script, no client-side checks.
 */
export async function formPost(page: Page, path: string, buttonText: string, fields: Record<string, string>): Promise<FormData> {
  const html = await (await page.request.get(path)).text();
  const form = [...html.matchAll(/<form[\s\S]*?<\/form>/g)].map(([match]) => match).find((candidate) => candidate.includes(buttonText));
  expect(form, `a form with the button "${buttonText}" on ${path}`).toBeDefined();
  const data = new FormData();
  for (const [tag] of (form ?? '').matchAll(/<input[^>]*>/g)) {
    const input = attributes(tag);
    if (input.type === 'hidden' && input.name) data.append(input.name, input.value ?? '');
  }
  const button = [...(form ?? '').matchAll(/<button([^>]*)>([\s\S]*?)<\/button>/g)].find(([, , text = '']) => text.replace(/<[^>]*>/g, '').trim().startsWith(buttonText));
  const name = attributes(button?.[1] ?? '').name;
  expect(name, `the button "${buttonText}" names its action`).toBeDefined();
  data.append(name ?? '', '');
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}
