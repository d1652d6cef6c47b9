import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { expect, test } from 'vitest';
import { EscalationPath, FollowUpCycle, SixStepFlow, TkiGrid } from '@/components/diagrams';

const entities: Record<string, string> = { '&#x27;': "'", '&quot;': '"', '&amp;': '&', '&lt;': '<', '&gt;': '>' };

function render(element: ReactElement): string {
  return renderToStaticMarkup(element).replace(/&#x27;|&quot;|&amp;|&lt;|&gt;/g, (e) => entities[e] ?? e);
}

function svgs(html: string): string[] {
  return html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
}

function descOf(svg: string): string {
  return svg.match(/<desc[^>]*>([\s\S]*?)<\/desc>/)?.[1] ?? '';
}

const cases = [
  {
    name: 'TkiGrid',
    element: <TkiGrid />,
    title: 'Thomas–Kilmann conflict modes',
    mustSay: ['assertiveness', 'cooperativeness', 'Competing, top left', 'Collaborating, top right', 'Compromising, centre', 'Avoiding, bottom left', 'Accommodating, bottom right', 'security policy', 'split the difference', 'you are wrong'],
  },
  {
    name: 'EscalationPath',
    element: <EscalationPath />,
    title: 'Functional and hierarchical escalation',
    mustSay: ['Functional escalation', 'level 1', 'level 2 specialist', 'level 3 expert', 'external supplier', 'Hierarchical escalation', 'team lead', 'IT manager', 'keeps ownership', 'keeps the customer informed'],
  },
  {
    name: 'SixStepFlow',
    element: <SixStepFlow />,
    title: 'Six steps for handling a complaint',
    mustSay: ['Step 1: adjust your mindset', 'Step 2: listen', 'without interrupting', 'Step 3: repeat the concern back', 'Step 4: show empathy and apologise', 'Step 5: present a solution', 'ask what would make it right', 'Step 6: take action', 'follow up'],
  },
  {
    name: 'FollowUpCycle',
    element: <FollowUpCycle />,
    title: 'The follow-up cycle',
    mustSay: ['Stage 1: resolve the issue', 'Stage 2: confirm with the customer', 'Stage 3: close the ticket', 'Stage 4: send a satisfaction survey', 'Stage 5: learn', 'improve', 'better service'],
  },
];

for (const c of cases) {
  test(`${c.name} renders a figure with a caption and labelled SVG images`, () => {
    const html = render(c.element);
    expect(html).toMatch(/^<figure[\s\S]*<figcaption[^>]*>[^<]{20,}<\/figcaption><\/figure>$/);
    const images = svgs(html);
    expect(images).toHaveLength(2);
    for (const svg of images) {
      expect(svg).toContain('role="img"');
      expect(svg).toContain(`>${c.title}</title>`);
      // Every id named by aria-labelledby must exist, and point at the title and the desc.
      const ids = svg.match(/aria-labelledby="([^"]+)"/)?.[1]?.split(' ') ?? [];
      expect(ids).toHaveLength(2);
      expect(svg).toContain(`<title id="${ids[0]}">`);
      expect(svg).toContain(`<desc id="${ids[1]}">`);
    }
  });

  test(`${c.name} states its full content in the SVG description`, () => {
    for (const svg of svgs(render(c.element))) {
      const desc = descOf(svg);
      for (const phrase of c.mustSay) expect(desc).toContain(phrase);
    }
  });

  test(`${c.name} shows one layout from 640 px up and the other below it`, () => {
    const classes = svgs(render(c.element)).map((svg) => (svg.match(/class="([^"]+)"/)?.[1] ?? '').split(' '));
    expect(classes.filter((cls) => cls.includes('hidden') && cls.includes('sm:block'))).toHaveLength(1);
    expect(classes.filter((cls) => cls.includes('block') && cls.includes('sm:hidden'))).toHaveLength(1);
  });

  test(`${c.name} is sized by attributes and classes, never a style attribute the page’s CSP would refuse`, () => {
    const html = render(c.element);
    expect(html).not.toContain('style=');
    for (const svg of svgs(html)) {
      const [, natural = ''] = svg.match(/viewBox="0 0 (\d+)/) ?? [];
      const width = Number(svg.match(/<svg[^>]* width="(\d+)"/)?.[1]);
      // Never smaller than its drawing, and shrunk to the column by max-width.
      expect(width).toBeGreaterThanOrEqual(Number(natural));
      expect(svg.match(/class="([^"]+)"/)?.[1]?.split(' ')).toContain('max-w-full');
    }
  });

  test(`${c.name} keeps narrow-layout text at 14 px or more in a 328 px column`, () => {
    const narrow = svgs(render(c.element)).find((svg) => svg.includes('sm:hidden')) ?? '';
    const width = Number(narrow.match(/viewBox="0 0 (\d+)/)?.[1]);
    const sizes = [...narrow.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(0);
    for (const size of sizes) expect((size * 328) / width).toBeGreaterThanOrEqual(14);
  });
}

test('two instances of a diagram on one page get distinct ids', () => {
  const html = render(
    <>
      <TkiGrid />
      <TkiGrid />
    </>,
  );
  const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
  expect(new Set(ids).size).toBe(ids.length);
});
