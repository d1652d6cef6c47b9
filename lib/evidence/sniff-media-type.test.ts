import { expect, test } from 'vitest';
import { sniffMediaType } from '@/lib/evidence/sniff-media-type';
import { docxStart, exeStart, minimalPdf, padded, tinyJpeg, tinyPng } from '@/lib/evidence/testing/sample-files';

const encode = (text: string) => new TextEncoder().encode(text);

test('a real PDF, PNG and JPEG are each recognised by their content', () => {
  expect(sniffMediaType(minimalPdf())).toBe('application/pdf');
  expect(sniffMediaType(tinyPng())).toBe('image/png');
  expect(sniffMediaType(tinyJpeg())).toBe('image/jpeg');
});

test('a PDF padded after %%EOF with line breaks, spaces or NULs is still a PDF', () => {
  const pdf = minimalPdf();
  const withTail = new Uint8Array(pdf.length + 600);
  withTail.set(pdf);
  withTail.fill(0x20, pdf.length, pdf.length + 300);
  expect(sniffMediaType(withTail)).toBe('application/pdf');
  expect(sniffMediaType(encode('%PDF-1.7\n...\n%%EOF\r\n\r\n'))).toBe('application/pdf');
});

test('%%EOF must start within the last 1024 bytes', () => {
  const pdf = minimalPdf(); // ends '%%EOF\n', so the marker starts 6 bytes from its end
  const padTo = (extra: number) => {
    const bytes = new Uint8Array(pdf.length + extra);
    bytes.set(pdf);
    return bytes;
  };
  expect(sniffMediaType(padTo(1018))).toBe('application/pdf');
  expect(sniffMediaType(padTo(1019))).toBeNull();
});

test('a PDF cut off before its end, or only a PDF header, is refused', () => {
  const pdf = minimalPdf();
  expect(sniffMediaType(pdf.subarray(0, pdf.length - 20))).toBeNull();
  expect(sniffMediaType(encode('%PDF-'))).toBeNull();
  expect(sniffMediaType(encode('%PDF-%%EOF'))).toBe('application/pdf');
});

test('%PDF- anywhere but the very start does not make a PDF', () => {
  expect(sniffMediaType(encode(' %PDF-1.4\n%%EOF'))).toBeNull();
});

test('the PNG signature without an IHDR chunk after it is refused', () => {
  expect(sniffMediaType(tinyPng().subarray(0, 8))).toBeNull();
  const png = tinyPng();
  png[12] = 0x58;
  expect(sniffMediaType(png)).toBeNull();
});

test('JPEG needs all three start bytes FF D8 FF', () => {
  expect(sniffMediaType(Uint8Array.from([0xff, 0xd8, 0xff]))).toBe('image/jpeg');
  expect(sniffMediaType(Uint8Array.from([0xff, 0xd8]))).toBeNull();
  expect(sniffMediaType(Uint8Array.from([0xff, 0xd8, 0x00, 0xff]))).toBeNull();
});

test('Word documents, programs, text and empty input are not evidence types', () => {
  expect(sniffMediaType(padded(docxStart(), 4096))).toBeNull();
  expect(sniffMediaType(padded(exeStart(), 4096))).toBeNull();
  expect(sniffMediaType(encode('Just some notes, saved as scan.pdf'))).toBeNull();
  expect(sniffMediaType(new Uint8Array(0))).toBeNull();
});

test('a view into a larger buffer is judged by its own bytes only', () => {
  const buffer = new Uint8Array(64);
  buffer.set(tinyJpeg().subarray(0, 3), 10);
  expect(sniffMediaType(buffer.subarray(10))).toBe('image/jpeg');
  expect(sniffMediaType(buffer.subarray(9))).toBeNull();
});
