import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { darkPalette, darkPaletteCss, readLightPalette } from './dark-palette';
import { contrast } from './oklch';

const dark = darkPalette(readLightPalette(readFileSync('node_modules/tailwindcss/theme.css', 'utf8')));
const colour = (name: string) => {
  const found = dark.get(name);
  if (!found) throw new Error(`no dark ${name}`);
  return found;
};

// The pairings the pages make: body and muted text on the page and its panels, status text on its
// tinted panel, and white text on filled buttons and badges.
const pairs: [string, string][] = [];
for (const surface of ['white', 'slate-50', 'slate-100']) {
  for (const text of ['slate-500', 'slate-600', 'slate-700', 'slate-800', 'slate-900', 'brand-600', 'brand-700', 'brand-800', 'red-700', 'red-800', 'emerald-700', 'emerald-800', 'amber-700', 'amber-800', 'amber-900']) {
    pairs.push([text, surface]);
  }
}
for (const hue of ['amber', 'emerald', 'red', 'sky', 'yellow', 'orange', 'green']) {
  for (const shade of [700, 800, 900, 950]) pairs.push([`${hue}-${shade}`, `${hue}-50`], [`${hue}-${shade}`, `${hue}-100`]);
}
for (const fill of ['brand-600', 'brand-700', 'brand-800', 'slate-700', 'slate-800', 'slate-900', 'emerald-600', 'emerald-700', 'red-700', 'amber-700']) {
  pairs.push(['white', fill]);
}
pairs.push(['brand-700', 'brand-50'], ['brand-800', 'brand-100']);

describe('the dark palette', () => {
  it.each(pairs)('keeps %s on %s at 4.5:1 or more', (text, background) => {
    expect(contrast(colour(text), colour(background))).toBeGreaterThanOrEqual(4.5);
  });

  it('is the stylesheet the app imports (regenerate with scripts/generate-dark-palette.ts)', () => {
    expect(readFileSync('app/dark-palette.css', 'utf8')).toBe(darkPaletteCss(dark));
  });

  it('applies on screens only, so print keeps the light palette', () => {
    expect(darkPaletteCss(dark)).toContain('@media screen and (prefers-color-scheme: dark)');
  });
});
