import type { Question } from '@/lib/quiz/schema';

/**
 * Seeded randomness for summative attempts. The seed stored on a submission reproduces exactly
 * which items a learner saw and in what order, on any machine, so marking and moderation can
 * replay an attempt.
 */

/** A number is used as a 32-bit seed; a string is hashed to one. */
export type Seed = number | string;

/** FNV-1a over UTF-16 code units, then a murmur3 finaliser so that similar strings spread apart. */
export function seedFromString(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** mulberry32: a small, fast generator of numbers in [0, 1), good enough for shuffling, not for secrets. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function randomFrom(seed: Seed): () => number {
  return mulberry32(typeof seed === 'number' ? seed : seedFromString(seed));
}

/** A seed for one part of an attempt, so two questions shuffled with the same attempt seed do not move alike. */
export function deriveSeed(seed: Seed, part: string): number {
  return seedFromString(`${String(seed)}\u0000${part}`);
}

function shuffleWith<T>(items: readonly T[], random: () => number): T[] {
  const result = [...items];
  for (let index = result.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    const item = result[index];
    const swap = result[other];
    if (item === undefined || swap === undefined) continue;
    result[index] = swap;
    result[other] = item;
  }
  return result;
}

/** A Fisher–Yates shuffle into a new array; the same seed always gives the same order. */
export function shuffle<T>(items: readonly T[], seed: Seed): T[] {
  return shuffleWith(items, randomFrom(seed));
}

/** What drawItems needs of an item: an id and the AC codes it gives evidence for. */
export type Drawable = { id: string; acs: readonly string[] };

/**
 * Draws `bank.draw` items spread across AC codes, in a seeded order. Each pick serves a code
 * drawn least so far (ties broken at random), taking a random unpicked item carrying it. So when
 * the draw is at least the number of codes, every code in the bank appears in every draw;
 * when it is smaller, the codes shown are a fair random pick.
 *
 * `seen` holds the ids of items the learner met in earlier attempts. Spreading across codes
 * still comes first, but among equally good codes and items an unseen one is always preferred,
 * so a resubmission draws fresh items while the bank has them. With nothing seen, the draw is
 * exactly what it would be without the argument.
 */
export function drawItems<T extends Drawable>(bank: { draw: number; items: readonly T[] }, seed: Seed, seen: ReadonlySet<string> = new Set()): T[] {
  if (!Number.isInteger(bank.draw) || bank.draw < 1 || bank.draw > bank.items.length) {
    throw new RangeError(`cannot draw ${bank.draw} items from a bank of ${bank.items.length}`);
  }
  const random = randomFrom(seed);
  // An item with no code still belongs somewhere, under the empty code.
  const codesOf = (item: T) => (item.acs.length > 0 ? [...new Set(item.acs)] : ['']);
  const drawnPerCode = new Map<string, number>();
  for (const item of bank.items) for (const code of codesOf(item)) drawnPerCode.set(code, 0);

  const remaining = [...bank.items];
  const drawn: T[] = [];
  while (drawn.length < bank.draw) {
    const open = [...drawnPerCode.keys()].filter((code) => remaining.some((item) => codesOf(item).includes(code)));
    const fewest = Math.min(...open.map((code) => drawnPerCode.get(code) ?? 0));
    const isFresh = (candidate: T) => !seen.has(candidate.id);
    const tied = open.filter((candidate) => (drawnPerCode.get(candidate) ?? 0) === fewest);
    const tiedWithFresh = tied.filter((candidate) => remaining.some((item) => isFresh(item) && codesOf(item).includes(candidate)));
    const code = pick(tiedWithFresh.length > 0 ? tiedWithFresh : tied, random);
    const carrying = remaining.filter((candidate) => codesOf(candidate).includes(code));
    const fresh = carrying.filter(isFresh);
    const item = pick(fresh.length > 0 ? fresh : carrying, random);
    remaining.splice(remaining.indexOf(item), 1);
    drawn.push(item);
    for (const itemCode of codesOf(item)) drawnPerCode.set(itemCode, (drawnPerCode.get(itemCode) ?? 0) + 1);
  }
  return shuffleWith(drawn, random);
}

function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new RangeError('cannot pick from an empty list');
  return item;
}

/**
 * The question with its options in a seeded presentation order: options (single, multiple),
 * items (ordering, never left in the right order), pairs and choices (matching), and each
 * scenario node's choices. The seed is mixed with the question id.
 * For display only: an ordering question's `items` order is its answer key, so always mark
 * against the original question, never against the result of this function.
 */
export function shuffleOptions<Q extends Question>(question: Q, seed: Seed): Q {
  const random = mulberry32(deriveSeed(seed, question.id));
  switch (question.type) {
    case 'single':
    case 'multiple':
      return { ...question, options: shuffleWith(question.options, random) };
    case 'ordering':
      return { ...question, items: shuffleAwayFromKey(question.items, random) };
    case 'matching':
      return { ...question, pairs: shuffleWith(question.pairs, random), choices: shuffleWith(question.choices, random) };
    case 'scenario':
      return { ...question, nodes: question.nodes.map((node) => ({ ...node, choices: shuffleWith(node.choices, random) })) };
    default:
      return question;
  }
}

/** A shuffle that never hands the learner the answer: if it lands in the right order, it goes round by one. */
function shuffleAwayFromKey<T>(items: readonly T[], random: () => number): T[] {
  const result = shuffleWith(items, random);
  if (items.length < 2 || result.some((item, index) => item !== items[index])) return result;
  return [...result.slice(1), ...result.slice(0, 1)];
}
