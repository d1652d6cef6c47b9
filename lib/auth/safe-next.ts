// Any origin works for the comparison: only "did the value leave it?" matters.
const PROBE_ORIGIN = 'https://site.invalid';
const MAX_NEXT_LENGTH = 2000;

/**
 * Only a path on this site may follow sign-in: never another host. The value is resolved exactly
 * as a browser would resolve it against the site (stripping tabs and newlines, turning backslashes
 * into slashes, decoding what URLs decode), and refused unless the result stays on the same origin.
 * The path returned is the normalised one, so what the browser is sent is what was checked.
 */
export function safeNextPath(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_NEXT_LENGTH) return null;
  // Must look like a path to begin with; browsers ignore leading control characters and spaces.
  if (!value.startsWith('/')) return null;
  // Characters no path needs: NUL and other controls, lone surrogates (they cannot be encoded).
  if (/\p{Cc}|\p{Cs}/u.test(value)) return null;
  let resolved: URL;
  try {
    resolved = new URL(value, PROBE_ORIGIN);
  } catch {
    return null;
  }
  if (resolved.origin !== PROBE_ORIGIN) return null;
  const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  // A path that now starts with two slashes would be read as another host when sent as Location.
  if (path.startsWith('//') || path.startsWith('/\\')) return null;
  return path;
}
