/**
 * The request body, read until it passes `maxBytes`: then reading stops at once and the answer is
 * 'too-large', so a sender without a Content-Length (or with a false one) cannot make the server
 * hold more than the limit.
 */
export async function readBodyUpTo(request: Pick<Request, 'body'>, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | 'too-large'> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return 'too-large';
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.length;
  }
  return body;
}
