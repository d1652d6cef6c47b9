import { expect, test } from 'vitest';
import { readBodyUpTo } from '@/lib/http/capped-body';

function streamed(chunks: number[], onPull: () => void = () => undefined): Pick<Request, 'body'> {
  let index = 0;
  const body = new ReadableStream<Uint8Array<ArrayBuffer>>({
    pull(controller) {
      onPull();
      const size = chunks[index];
      index += 1;
      if (size === undefined) controller.close();
      else controller.enqueue(new Uint8Array(size).fill(index));
    },
  });
  return { body };
}

test('a body within the limit is read whole, chunk after chunk', async () => {
  const body = await readBodyUpTo(streamed([3, 4, 5]), 12);
  expect(body).toEqual(Uint8Array.from([1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 3]));
});

test('a body passing the limit is refused as soon as it does, without reading the rest', async () => {
  let pulls = 0;
  expect(await readBodyUpTo(streamed([10, 10, 10, 10, 10], () => (pulls += 1)), 15)).toBe('too-large');
  expect(pulls).toBeLessThanOrEqual(3);
});

test('a request without a body is empty', async () => {
  expect(await readBodyUpTo(new Request('http://localhost/upload', { method: 'POST' }), 10)).toEqual(new Uint8Array(0));
});
