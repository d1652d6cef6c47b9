import { spawnSync } from 'node:child_process';
import jsQR from 'jsqr';
import { expect, test } from 'vitest';
import { renderRecordPdf } from '@/lib/record/record-pdf';
import { finalRecord, inProgressRecord } from '@/lib/record/sample-records';

/** A page of the PDF as poppler draws it, in grey: a binary PGM (P5) image. */
function pageImage(pdf: Buffer, page: number): { width: number; height: number; grey: Buffer } {
  const result = spawnSync('pdftoppm', ['-r', '150', '-gray', '-f', String(page), '-l', String(page), '-'], { input: pdf, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`pdftoppm failed: ${result.stderr.toString()}`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(result.stdout.subarray(0, 40).toString('latin1'));
  if (header === null) throw new Error('pdftoppm did not write a PGM image');
  const [whole, width, height] = header as unknown as [string, string, string];
  return { width: Number(width), height: Number(height), grey: result.stdout.subarray(whole.length) };
}

function decodeQr(image: { width: number; height: number; grey: Buffer }): string | null {
  const rgba = new Uint8ClampedArray(image.width * image.height * 4);
  image.grey.forEach((value, index) => {
    rgba.set([value, value, value, 255], index * 4);
  });
  return jsQR(rgba, image.width, image.height)?.data ?? null;
}

function pageCount(pdf: Buffer): number {
  const text = spawnSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' }).stdout;
  return text.split('\f').filter((page) => page.trim() !== '').length;
}

// Decoded by jsQR from poppler's drawing of the page, not by the library that made the code.
test("the final record's QR code, as printed, reads back as its verification address", async () => {
  const pdf = await renderRecordPdf(finalRecord);
  const lastPage = pageCount(pdf);
  expect(decodeQr(pageImage(pdf, lastPage))).toBe(finalRecord.verification?.url);
  expect(finalRecord.verification?.url).toMatch(/\/verify\/K7P2-9XQM-4TD8$/);
});

test('a record that is not final carries no QR code on any page', async () => {
  const pdf = await renderRecordPdf(inProgressRecord);
  for (let page = 1; page <= pageCount(pdf); page += 1) expect(decodeQr(pageImage(pdf, page))).toBeNull();
});
