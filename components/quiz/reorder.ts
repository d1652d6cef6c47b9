/** A copy of `items` with the item at `from` moved to `to`; out-of-range positions change nothing. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const result = [...items];
  if (from < 0 || from >= items.length || to < 0 || to >= items.length || from === to) return result;
  const [moved] = result.splice(from, 1);
  if (moved === undefined) return [...items];
  result.splice(to, 0, moved);
  return result;
}
