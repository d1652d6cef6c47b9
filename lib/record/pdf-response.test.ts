import { expect, test } from 'vitest';
import { recordPdfFileName } from '@/lib/record/pdf-file-name';
import { pdfDispositionFor, pdfResponse } from '@/lib/record/pdf-response';
import { finalRecord } from '@/lib/record/sample-records';

test('the record PDF is sent as a download named after the candidate', async () => {
  const response = await pdfResponse(finalRecord, 'attachment');
  expect(response.headers.get('content-type')).toBe('application/pdf');
  expect(response.headers.get('content-disposition')).toBe('attachment; filename="record-of-learning-lerato-mokoena.pdf"');
  expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
});

test('viewing sends the same PDF for the browser to show, under the same name', async () => {
  const response = await pdfResponse(finalRecord, 'inline');
  expect(response.headers.get('content-disposition')).toBe('inline; filename="record-of-learning-lerato-mokoena.pdf"');
});

test('only ?view=1 asks to view; every other address downloads', () => {
  expect(pdfDispositionFor('http://localhost/record/pdf')).toBe('attachment');
  expect(pdfDispositionFor('http://localhost/record/pdf?view=1')).toBe('inline');
  expect(pdfDispositionFor('http://localhost/record/abc/pdf?view=yes')).toBe('attachment');
});

test('the file name keeps a name in plain letters that every file system accepts', () => {
  expect(recordPdfFileName('Zoë van Wyk')).toBe('record-of-learning-zoe-van-wyk.pdf');
  expect(recordPdfFileName("  Nomvula O'Neill-Khumalo ")).toBe('record-of-learning-nomvula-o-neill-khumalo.pdf');
  expect(recordPdfFileName('"; evil.exe')).toBe('record-of-learning-evil-exe.pdf');
  expect(recordPdfFileName('名前')).toBe('record-of-learning.pdf');
});
