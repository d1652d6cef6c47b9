import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { ModuleIllustration } from '@/components/illustrations/module-illustration';
import { MODULE_SCENES } from '@/components/illustrations/module-scenes';

const moduleIds: string[] = parse(readFileSync('content/course.yml', 'utf8')).modules.map((module: { id: string }) => module.id);

test('every module of the course has a scene, and no scene is left over for a module that is gone', () => {
  expect(Object.keys(MODULE_SCENES).sort()).toEqual([...moduleIds].sort());
});

test('a scene is a decorative inline drawing: hidden from assistive technology, drawn in palette classes, with no fixed colours or outside files', () => {
  for (const id of moduleIds) {
    const markup = renderToStaticMarkup(<ModuleIllustration moduleId={id} />);
    expect(markup, id).toMatch(/^<svg viewBox="0 0 120 80" aria-hidden="true" focusable="false"/);
    expect(markup, id).not.toMatch(/(fill|stroke)="#|href=|<image/);
    expect(markup, id).toMatch(/class="[^"]*(fill|stroke)-(slate|sky|amber|emerald|violet|rose)-\d+/);
  }
});

test('an unknown module gets no drawing rather than an empty frame', () => {
  expect(renderToStaticMarkup(<ModuleIllustration moduleId="no-such-module" />)).toBe('');
});
