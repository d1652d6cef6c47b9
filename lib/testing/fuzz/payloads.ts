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

const LONG_ENOUGH = 'The customer called about a printer that stopped working on the second floor.';

/** A value a real form would send for a field of that name, so the one hostile field gets past the others. */
function plausibleValue(name: string, ids: readonly string[]): fc.Arbitrary<string> {
  if (/email|contact/i.test(name)) return fc.nat({ max: 999_999 }).map((n) => `person${n}@example.co.za`);
  if (/closed/i.test(name)) return fc.constant('');
  if (/password/i.test(name)) return fc.constant('a-long-password');
  if (/(Id|Ids|token|Key)$|^id$/i.test(name)) return fc.constantFrom(...ids);
  if (/At$|date/i.test(name)) return fc.constantFrom('2026-02-10T09:00', '2026-02-10');
  if (/time/i.test(name)) return fc.constant('09:00');
  if (/revision|seconds|max|count|percent|hours|number|attempt/i.test(name)) return fc.constantFrom('0', '1', '3');
  if (/^met:/.test(name)) return fc.constantFrom('met', 'not_yet');
  if (/name/i.test(name)) return fc.constant('Thandi Mokoena');
  return fc.constantFrom(LONG_ENOUGH, 'met', 'phone', 'on', 'learner', 'agree', 'AC1.1', 'P3', 'medium', 'observed', '');
}

type Mutation = (value: string) => string | File;

/** How a plausible value is spoiled: kept as it is (most often), a NUL or a lone surrogate added, or replaced outright. */
function mutation(ids: readonly string[]): fc.Arbitrary<Mutation> {
  const file = fc
    .tuple(hostileString(ids), fc.uint8Array({ maxLength: 64 }))
    .map(([fileName, bytes]) => new File([bytes], fileName.slice(0, 200), { type: 'application/octet-stream' }));
  return fc.oneof(
    { weight: 6, arbitrary: fc.constant<Mutation>((value) => value) },
    { weight: 1, arbitrary: fc.constant<Mutation>((value) => `${value}\u0000`) },
    { weight: 1, arbitrary: fc.constant<Mutation>((value) => `\u0000${value}`) },
    { weight: 1, arbitrary: fc.constant<Mutation>((value) => `${value}\uD83D`) },
    { weight: 1, arbitrary: fc.constant<Mutation>((value) => `\uDE00${value}`) },
    { weight: 2, arbitrary: hostileString(ids).map((text): Mutation => () => text) },
    { weight: 1, arbitrary: file.map((chosen): Mutation => () => chosen) },
  );
}

/**
 * Form entries: every field the endpoint names, with a plausible value, each spoiled now and then,
 * and sometimes an unknown key, a prototype key or a field repeated.
 */
export function hostileFields(ids: readonly string[], fields: readonly string[]): fc.Arbitrary<Field[]> {
  const spoiled = fc.tuple(...fields.map((name) => fc.tuple(plausibleValue(name, ids), mutation(ids)).map(([value, spoil]): string | File => spoil(value))));
  // A form valid in every other way, whose text holds a NUL or half a surrogate pair here and there:
  // what a schema that checks only lengths lets through to the database.
  const unstorable = fc.tuple(...fields.map((name) => fc.tuple(plausibleValue(name, ids), fc.constantFrom('', '', '\u0000', '\uD83D')).map(([value, tail]): string | File => `${value}${tail}`)));
  // A valid form but for one field.
  const oneHostile = fc
    .tuple(fc.tuple(...fields.map((name) => plausibleValue(name, ids))), fc.nat({ max: fields.length - 1 }), hostileString(ids))
    .map(([values, index, hostile]): (string | File)[] => values.map((value, at) => (at === index ? hostile : value)));
  const values = fc.oneof({ weight: 2, arbitrary: spoiled }, { weight: 2, arbitrary: unstorable }, { weight: 1, arbitrary: oneHostile });
  const extra = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS, ...fields), fc.string({ maxLength: 10 })), hostileString(ids)), { maxLength: 2 });
  return fc.tuple(values, extra).map(([chosen, extras]) => [...fields.map((name, index): Field => [name, chosen[index] ?? '']), ...extras]);
}

/** A JSON object of some of the endpoint's fields with plausible values, one of them hostile. */
function nearlyValidJson(ids: readonly string[], fields: readonly string[]): fc.Arbitrary<unknown> {
  return fc
    .tuple(fc.subarray([...fields], { minLength: 1, maxLength: 4 }), fc.nat(), hostileJson(ids, fields))
    .chain(([chosen, which, hostile]) =>
      fc.tuple(...chosen.map((name) => fc.tuple(plausibleValue(name, ids), mutation(ids)).map(([value, spoil]) => spoil(value)))).map((values) => {
        const body: Record<string, unknown> = Object.fromEntries(chosen.map((name, index) => [name, values[index] instanceof File ? '' : values[index]]));
        // An answer is an object: a written one carries the spoiled text.
        if ('response' in body) body.response = { type: 'written', text: body.response };
        if (which % 3 === 0) body[chosen[which % chosen.length] ?? 'id'] = hostile;
        return body;
      }),
    );
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
    { weight: 2, arbitrary: hostileJson(ids, fields).map((value): RouteBody => ({ kind: 'json', value })) },
    { weight: 3, arbitrary: nearlyValidJson(ids, fields).map((value): RouteBody => ({ kind: 'json', value })) },
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
    params: fc.array(fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...ids) }, fc.constantFrom(...ids).map((id) => `${id}\u0000`), text), { minLength: paramCount, maxLength: paramCount }),
    query: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...fields), fc.string({ maxLength: 6 })), text.filter((value) => value.length < 4096)), { maxLength: 3 }),
    headers: fc.array(header, { maxLength: 2 }),
    body,
  });
}
