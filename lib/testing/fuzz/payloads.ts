import fc from 'fast-check';

const ONE_MEGABYTE = 1024 * 1024;
const HUGE = 'a'.repeat(ONE_MEGABYTE);
const HUGE_WITH_NUL = `${'b'.repeat(ONE_MEGABYTE / 2)}\u0000${'c'.repeat(ONE_MEGABYTE / 2)}`;

/** Strings people (and attackers) can send that no form expects. */
export const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'text\u0000with NUL',
  '\uD800',
  'lone \uDFFF surrogate',
  '\uDBFF\u0000\uDC00',
  '\uFFFE\uFFFF',
  '../../../../etc/passwd',
  '..%2F..%2Fetc%2Fpasswd',
  '..\\..\\windows\\win.ini',
  '/absolute/path',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '1e309',
  '-1',
  '-0',
  'NaN',
  'Infinity',
  '-Infinity',
  '0x10',
  '9'.repeat(400),
  '99999999999999999999999',
  '2026-13-45',
  '2026-02-30T25:61',
  'true',
  'null',
  'undefined',
  '{}',
  '[]',
  '{"__proto__":{"admin":true}}',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '%00',
  '\r\n\r\nX-Injected: yes',
  '\u202Eevil',
  'e\u0301\u0301\u0301',
  '😀'.repeat(50),
  HUGE,
  HUGE_WITH_NUL,
];

/** Keys that try to reach an object's prototype when a payload is copied into one. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', '__defineGetter__', 'toString', 'valueOf'];

export function hostileString(ids: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_STRINGS.filter((text) => text.length < 1000)) },
    { weight: 1, arbitrary: fc.constantFrom(HUGE, HUGE_WITH_NUL) },
    { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 20 }) },
    { weight: 3, arbitrary: fc.constantFrom(...ids) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.bigInt()).map(String) },
  );
}

/** Any JSON-ish value, including prototype keys, deep nesting, huge numbers and hostile strings. */
export function hostileJson(ids: readonly string[], fields: readonly string[]): fc.Arbitrary<unknown> {
  const text = hostileString(ids);
  const key = fc.oneof(fc.constantFrom(...fields, ...PROTOTYPE_KEYS), fc.string({ maxLength: 8 }));
  const { value } = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      text,
      fc.constantFrom(null, true, false, 0, -1, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 0.1),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(key, tie('value'), { maxKeys: 5 }),
    ),
  }));
  return value;
}

export type Field = [string, string | File];

/** Form entries: mostly the endpoint's own field names, some unknown or prototype keys, some repeated. */
export function hostileFields(ids: readonly string[], fields: readonly string[]): fc.Arbitrary<Field[]> {
  const name = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...fields) }, { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS) }, { weight: 1, arbitrary: fc.string({ maxLength: 10 }) });
  const file = fc
    .tuple(hostileString(ids), fc.uint8Array({ maxLength: 64 }))
    .map(([fileName, bytes]) => new File([bytes], fileName.slice(0, 200), { type: 'application/octet-stream' }));
  const value = fc.oneof({ weight: 9, arbitrary: hostileString(ids) }, { weight: 1, arbitrary: file });
  return fc.array(fc.tuple(name, value), { maxLength: 12 });
}

export type RouteBody =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown }
  | { kind: 'raw'; text: string; contentType: string }
  | { kind: 'multipart'; fields: Field[] };

export type RoutePayload = { params: string[]; query: [string, string][]; headers: [string, string][]; body: RouteBody };

export function hostileRoutePayload(ids: readonly string[], fields: readonly string[], paramCount: number): fc.Arbitrary<RoutePayload> {
  const text = hostileString(ids);
  const contentType = fc.constantFrom('application/json', 'text/plain', 'multipart/form-data', 'application/x-www-form-urlencoded', 'application/json; charset=utf-16', '');
  const body: fc.Arbitrary<RouteBody> = fc.oneof(
    fc.constant<RouteBody>({ kind: 'none' }),
    { weight: 4, arbitrary: hostileJson(ids, fields).map((value): RouteBody => ({ kind: 'json', value })) },
    fc.record({ text, contentType }).map((raw): RouteBody => ({ kind: 'raw', ...raw })),
    { weight: 2, arbitrary: hostileFields(ids, fields).map((entries): RouteBody => ({ kind: 'multipart', fields: entries })) },
  );
  const header = fc.oneof(
    fc.tuple(fc.constant('range'), fc.oneof(text, fc.constantFrom('bytes=0-', 'bytes=-1', 'bytes=5-2', 'bytes=0-99999999999999999999', 'bytes=a-b', 'bytes=0-1,2-3'))),
    fc.tuple(fc.constant('content-length'), fc.constantFrom('0', '-1', '99999999999', 'abc')),
    fc.tuple(fc.constant('origin'), fc.constantFrom('https://evil.example', 'null')),
    fc.tuple(fc.constant('x-forwarded-for'), fc.constantFrom('10.0.0.1', '::1', 'garbage')),
  );
  return fc.record({
    params: fc.array(text, { minLength: paramCount, maxLength: paramCount }),
    query: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...fields), fc.string({ maxLength: 6 })), text.filter((value) => value.length < 4096)), { maxLength: 3 }),
    headers: fc.array(header, { maxLength: 2 }),
    body,
  });
}
