import { expect, test } from 'vitest';
import { checkUpload, MAX_EVIDENCE_BYTES, MAX_EVIDENCE_FILES, safeEvidenceName } from '@/lib/evidence/evidence-rules';
import { docxStart, exeStart, minimalPdf, padded, tinyJpeg, tinyPng } from '@/lib/evidence/testing/sample-files';

const MB = 1024 * 1024;

test('a real PDF, PNG and JPEG are accepted with their sniffed type and their own names', () => {
  expect(checkUpload({ name: 'job-card.pdf', bytes: minimalPdf(), existingCount: 0 })).toEqual({ ok: true, mediaType: 'application/pdf', safeName: 'job-card.pdf' });
  expect(checkUpload({ name: 'screen.png', bytes: tinyPng(), existingCount: 3 })).toEqual({ ok: true, mediaType: 'image/png', safeName: 'screen.png' });
  expect(checkUpload({ name: 'IMG_0042.JPG', bytes: tinyJpeg(), existingCount: 9 })).toEqual({ ok: true, mediaType: 'image/jpeg', safeName: 'IMG_0042.JPG' });
});

test('a PNG named .pdf is refused, saying it is a PNG image and how to put it right', () => {
  expect(checkUpload({ name: 'something.pdf', bytes: tinyPng(), existingCount: 0 })).toEqual({
    ok: false,
    code: 'name-mismatch',
    message: '"something.pdf" is a PNG image, not a PDF: rename it to .png or choose the right file.',
  });
});

test('each real kind under another kind\'s name is refused, naming both', () => {
  expect(checkUpload({ name: 'job-card.png', bytes: minimalPdf(), existingCount: 0 })).toMatchObject({
    code: 'name-mismatch',
    message: '"job-card.png" is a PDF document, not a PNG image: rename it to .pdf or choose the right file.',
  });
  expect(checkUpload({ name: 'IMG_0042.PNG', bytes: tinyJpeg(), existingCount: 0 })).toMatchObject({
    code: 'name-mismatch',
    message: '"IMG_0042.PNG" is a JPEG image, not a PNG image: rename it to .jpg or choose the right file.',
  });
  expect(checkUpload({ name: 'screen.jpeg', bytes: tinyPng(), existingCount: 0 })).toMatchObject({
    code: 'name-mismatch',
    message: '"screen.jpeg" is a PNG image, not a JPEG image: rename it to .png or choose the right file.',
  });
});

test('a real image under a name of some other kind is refused, naming the extension it claims', () => {
  expect(checkUpload({ name: 'IMG_1234.HEIC', bytes: tinyJpeg(), existingCount: 0 })).toEqual({
    ok: false,
    code: 'name-mismatch',
    message: '"IMG_1234.HEIC" is a JPEG image, not a .heic file: rename it to .jpg or choose the right file.',
  });
});

test('every usual JPEG extension is accepted for a JPEG, in any case', () => {
  for (const name of ['a.jpg', 'b.JPEG', 'c.jpe', 'd.jfif']) expect(checkUpload({ name, bytes: tinyJpeg(), existingCount: 0 })).toMatchObject({ ok: true, safeName: name });
});

test('a file without an extension is stored under the extension of what it really is', () => {
  expect(checkUpload({ name: 'scan', bytes: tinyPng(), existingCount: 0 })).toEqual({ ok: true, mediaType: 'image/png', safeName: 'scan.png' });
  expect(checkUpload({ name: 'minutes v1.2', bytes: minimalPdf(), existingCount: 0 })).toMatchObject({ ok: true, safeName: 'minutes v1.2.pdf' });
  expect(checkUpload({ name: 'photo.', bytes: tinyJpeg(), existingCount: 0 })).toMatchObject({ ok: true, safeName: 'photo.jpg' });
  const long = safeEvidenceName('x'.repeat(150), 'application/pdf');
  expect(Array.from(long)).toHaveLength(120);
  expect(long.endsWith('x.pdf')).toBe(true);
});

test('a Word document renamed to .pdf is refused as the wrong type', () => {
  expect(checkUpload({ name: 'report.pdf', bytes: padded(docxStart(), 2048), existingCount: 0 })).toEqual({
    ok: false,
    code: 'wrong-type',
    message: '"report.pdf" is not a PDF, PNG or JPEG file. Save it as a PDF and upload it again.',
  });
});

test('a Word document under its own name gets the message that names it', () => {
  const check = checkUpload({ name: 'scan.docx', bytes: padded(docxStart(), 2048), existingCount: 0 });
  expect(check).toEqual({ ok: false, code: 'wrong-type', message: '"scan.docx" is not a PDF, PNG or JPEG file. Save it as a PDF and upload it again.' });
});

test('a program disguised as a PDF is refused as the wrong type', () => {
  const check = checkUpload({ name: 'evidence.pdf', bytes: padded(exeStart(), 4096), existingCount: 0 });
  expect(check).toMatchObject({ ok: false, code: 'wrong-type' });
});

test('an iPhone HEIC photo is refused with advice to save it as JPEG or PNG', () => {
  const heic = padded(Uint8Array.from([0, 0, 0, 0x18, ...new TextEncoder().encode('ftypheic')]), 512);
  expect(checkUpload({ name: 'IMG_1234.HEIC', bytes: heic, existingCount: 0 })).toEqual({
    ok: false,
    code: 'wrong-type',
    message: '"IMG_1234.HEIC" is not a PDF, PNG or JPEG file. Save it as a JPEG or PNG and upload it again.',
  });
});

test('a PDF cut off before its end is refused as damaged, not as some other type', () => {
  const pdf = minimalPdf();
  const check = checkUpload({ name: 'sla.pdf', bytes: pdf.subarray(0, pdf.length - 30), existingCount: 0 });
  expect(check).toEqual({
    ok: false,
    code: 'wrong-type',
    message: '"sla.pdf" starts like a PDF but is incomplete or damaged. Open it to check it, save it as a PDF again and upload the new copy.',
  });
});

test('a file of exactly 10 MB is accepted', () => {
  expect(checkUpload({ name: 'big.jpg', bytes: padded(tinyJpeg(), MAX_EVIDENCE_BYTES), existingCount: 0 })).toMatchObject({ ok: true, mediaType: 'image/jpeg' });
});

test('a file of 10 MB and one byte is refused, naming its size and the limit', () => {
  expect(checkUpload({ name: 'big.jpg', bytes: padded(tinyJpeg(), MAX_EVIDENCE_BYTES + 1), existingCount: 0 })).toEqual({
    ok: false,
    code: 'too-large',
    message: '"big.jpg" is 10.1 MB; the limit is 10 MB per file. Make it smaller (scan at a lower resolution, or split it into parts) and upload it again.',
  });
});

test('the size in a too-large message is rounded up to one decimal', () => {
  const check = checkUpload({ name: 'photo.png', bytes: padded(tinyPng(), Math.floor(12.4 * MB)), existingCount: 0 });
  expect(check).toMatchObject({ ok: false, code: 'too-large' });
  expect(check.ok ? '' : check.message).toMatch(/^"photo\.png" is 12\.4 MB; the limit is 10 MB per file\./);
});

test('an empty file is refused by name', () => {
  expect(checkUpload({ name: 'notes.pdf', bytes: new Uint8Array(0), existingCount: 0 })).toEqual({
    ok: false,
    code: 'empty',
    message: '"notes.pdf" is empty (0 bytes). Open it to check that it saved properly, then upload it again.',
  });
});

test('the eleventh file is refused before its content is looked at', () => {
  expect(checkUpload({ name: 'one-more.pdf', bytes: minimalPdf(), existingCount: 9 }).ok).toBe(true);
  expect(checkUpload({ name: 'one-more.pdf', bytes: new Uint8Array(0), existingCount: MAX_EVIDENCE_FILES })).toEqual({
    ok: false,
    code: 'too-many',
    message: 'You have already uploaded 10 files, the most one submission may hold. Remove one to add another.',
  });
});

test('a name that is not well-formed text is refused as a bad name', () => {
  expect(checkUpload({ name: 'scan\uD800.pdf', bytes: minimalPdf(), existingCount: 0 })).toEqual({
    ok: false,
    code: 'bad-name',
    message: 'The file name contains characters that cannot be stored. Rename the file and upload it again.',
  });
});

test('path parts are removed from names, whichever slash they use', () => {
  expect(checkUpload({ name: '../../etc/passwd.pdf', bytes: minimalPdf(), existingCount: 0 })).toMatchObject({ ok: true, safeName: 'passwd.pdf' });
  expect(safeEvidenceName('C:\\Users\\Thandi\\Desktop\\..\\call log.png', 'image/png')).toBe('call log.png');
  expect(safeEvidenceName('/var/evidence/', 'application/pdf')).toBe('evidence.pdf');
});

test('names made only of dots, slashes or spaces fall back to evidence.<ext>', () => {
  expect(safeEvidenceName('..', 'application/pdf')).toBe('evidence.pdf');
  expect(safeEvidenceName('../..', 'image/png')).toBe('evidence.png');
  expect(safeEvidenceName('   ', 'image/jpeg')).toBe('evidence.jpg');
  expect(checkUpload({ name: '', bytes: tinyJpeg(), existingCount: 0 })).toMatchObject({ ok: true, safeName: 'evidence.jpg' });
});

test('control characters and direction overrides are removed from names', () => {
  expect(safeEvidenceName('scan\u0000\r\n\u007f.pdf', 'application/pdf')).toBe('scan.pdf');
  // Shown right-to-left from the override, this name would read as "invoiceexe.pdf".
  expect(safeEvidenceName('invoice\u202Efdp.exe', 'application/pdf')).toBe('invoicefdp.exe');
  expect(checkUpload({ name: 'invoice\u202Efdp.exe', bytes: minimalPdf(), existingCount: 0 })).toMatchObject({ ok: false, code: 'name-mismatch' });
  expect(safeEvidenceName('\u0001\u0002', 'image/png')).toBe('evidence.png');
});

test('a message quotes the cleaned name, or says "This file" when none is left', () => {
  const check = checkUpload({ name: 'a/\u0007', bytes: new Uint8Array(0), existingCount: 0 });
  expect(check).toMatchObject({ ok: false, code: 'empty', message: expect.stringMatching(/^This file is empty/) });
});

test('long names are cut to 120 characters, keeping the extension', () => {
  const name = safeEvidenceName(`${'incident-report-'.repeat(20)}final.pdf`, 'application/pdf');
  expect(Array.from(name)).toHaveLength(120);
  expect(name.endsWith('.pdf')).toBe(true);
  expect(name.startsWith('incident-report-incident')).toBe(true);
});

test('long names are cut by characters, never through an emoji or accented letter', () => {
  const name = safeEvidenceName(`${'é😀'.repeat(100)}.png`, 'image/png');
  expect(Array.from(name)).toHaveLength(120);
  expect(name).toBe(`${'é😀'.repeat(58)}.png`);
});

test('names are stored in composed form, so the same name typed on any device matches', () => {
  expect(safeEvidenceName('Nomvula\u0301.pdf', 'application/pdf')).toBe('Nomvulá.pdf');
});
