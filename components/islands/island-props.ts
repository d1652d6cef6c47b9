/**
 * Props as JSON that is safe inside a <script> element: `<` is escaped so no text in a lesson (say,
 * a quiz option quoting `</script>`) can end the element early, and U+2028/9 cannot break the parse.
 */
export function serialiseIslandProps(props: Record<string, unknown>): string {
  return JSON.stringify(props).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export function parseIslandProps(text: string | null | undefined): Record<string, unknown> {
  if (!text) return {};
  const parsed: unknown = JSON.parse(text);
  return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
}
