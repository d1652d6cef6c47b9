/** An OKLCH colour: lightness 0–1, chroma, hue in degrees. */
export type Oklch = { l: number; c: number; h: number };

/** Reads `oklch(55.4% 0.046 257.417)` as Tailwind's theme writes it (greys write hue `none`). */
export function parseOklch(css: string): Oklch {
  const m = /oklch\(\s*([\d.]+)%\s+([\d.]+)\s+([\d.]+|none)\s*\)/.exec(css);
  if (!m) throw new Error(`not an oklch() colour: ${css}`);
  return { l: Number(m[1]) / 100, c: Number(m[2]), h: m[3] === 'none' ? 0 : Number(m[3]) };
}

/**
 * As `#rrggbb`. The colours are fitted to sRGB first, so nothing is lost, and the build writes hex
 * as it is rather than adding a second, wide-gamut copy of every value as it does for oklch().
 */
export function formatHex(colour: Oklch): string {
  const channel = (linear: number) => {
    const v = Math.min(1, Math.max(0, linear));
    const encoded = v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055;
    return Math.round(encoded * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${toLinearSrgb(colour).map(channel).join('')}`;
}

/** Linear-light sRGB channels (may fall outside 0–1 when the colour is out of gamut). */
export function toLinearSrgb({ l, c, h }: Oklch): [number, number, number] {
  const a = c * Math.cos((h * Math.PI) / 180);
  const b = c * Math.sin((h * Math.PI) / 180);
  const l_ = (l + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m_ = (l - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s_ = (l - 0.0894841775 * a - 1.291485548 * b) ** 3;
  return [
    4.0767416621 * l_ - 3.3077115913 * m_ + 0.2309699292 * s_,
    -1.2684380046 * l_ + 2.6097574011 * m_ - 0.3413193965 * s_,
    -0.0041960863 * l_ - 0.7034186147 * m_ + 1.707614701 * s_,
  ];
}

export function inSrgbGamut(colour: Oklch): boolean {
  return toLinearSrgb(colour).every((v) => v >= -1e-4 && v <= 1 + 1e-4);
}

/** Lowers chroma until the colour fits sRGB, keeping lightness and hue, so browsers need not clip. */
export function fitSrgb(colour: Oklch): Oklch {
  let c = colour.c;
  while (c > 0 && !inSrgbGamut({ ...colour, c })) c = Math.max(0, c - 0.002);
  return { ...colour, c };
}

/** WCAG relative luminance, after clipping to sRGB as a browser draws it. */
export function luminance(colour: Oklch): number {
  const [r, g, b] = toLinearSrgb(colour).map((v) => Math.min(1, Math.max(0, v)));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** WCAG contrast ratio between two colours. */
export function contrast(a: Oklch, b: Oklch): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}
