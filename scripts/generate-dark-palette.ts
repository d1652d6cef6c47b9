import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { darkPalette, darkPaletteCss, readLightPalette } from '@/lib/theme/dark-palette';

// Run when lib/theme/dark-palette.ts or the Tailwind version changes; the unit test fails until then.
const themeCss = await readFile(path.resolve('node_modules/tailwindcss/theme.css'), 'utf8');
const out = path.resolve('app/dark-palette.css');
await writeFile(out, darkPaletteCss(darkPalette(readLightPalette(themeCss))));
console.log(`Wrote ${path.relative(process.cwd(), out)}`);
