import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { HeldFile, LearnerData } from '@/lib/privacy/learner-data';
import { ObjectNotFoundError, type ObjectStore } from '@/lib/storage/object-store';

const encoder = new TextEncoder();

/** A name safe in every unzip program: no folders, no control or reserved characters, not too long. */
export function archiveFileName(file: Pick<HeldFile, 'folder' | 'id' | 'name'>): string {
  const cleaned = file.name
    .normalize('NFC')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this pattern removes.
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '_')
    .replace(/^\.+/, '_')
    .slice(-120);
  return `${file.folder}/${file.id}-${cleaned || 'file'}`;
}

function readme(data: LearnerData, exportedAt: Date, providerName: string, absent: string[]): string {
  const counts = Object.entries(data.sections).map(([name, rows]) => `  ${name}: ${rows.length}`);
  return [
    `Your data, as ${providerName} holds it in this course, exported ${exportedAt.toISOString()}.`,
    '',
    'data.json      every row held about you, by kind (the counts are below). Times are UTC.',
    'records/       each record of learning made for you, exactly as it was sealed (canonical JSON);',
    '               its SHA-256 and verification code are in data.json under recordsOfLearning.',
    'evidence/      the files you uploaded with your assessment attempts.',
    'recordings/    the recordings you uploaded as practical evidence.',
    '',
    'Left out on purpose: your password (only a one-way hash is kept, and it is not given out), and the',
    'secret parts of sign-in sessions and links, which would let someone act as you.',
    '',
    'Rows by kind:',
    ...counts,
    ...(absent.length > 0 ? ['', 'Files that are listed in data.json but not in this archive:', ...absent.map((line) => `  ${line}`)] : []),
    '',
  ].join('\n');
}

/**
 * The learner's data as one ZIP archive, streamed: JSON compressed, stored files passed through as
 * they are read, so a learner with large recordings never has them all in memory at once. A file
 * removed under the retention policy or missing from the store is named in README.txt instead.
 */
export function learnerDataArchive(data: LearnerData, store: ObjectStore, options: { exportedAt: Date; providerName: string }): ReadableStream<Uint8Array> {
  const ready: Uint8Array[] = [];
  let failure: Error | null = null;
  let finished = false;
  const zip = new Zip((error, chunk, final) => {
    if (error) failure = error;
    else ready.push(chunk);
    if (final) finished = true;
  });

  function addText(name: string, text: string) {
    const entry = new ZipDeflate(name, { level: 6 });
    entry.mtime = options.exportedAt;
    zip.add(entry);
    entry.push(encoder.encode(text), true);
  }

  async function* produce(): AsyncGenerator<void> {
    addText('data.json', `${JSON.stringify({ exportedAt: options.exportedAt, ...data.sections }, null, 2)}\n`);
    yield;
    for (const record of data.records) addText(`records/record-v${record.version}-${record.verificationCode}.json`, record.canonicalJson);
    yield;
    const absent: string[] = [];
    for (const file of data.files) {
      const name = archiveFileName(file);
      if (file.removedAt) {
        absent.push(`${name}: removed ${file.removedAt.toISOString()} under the provider's retention policy`);
        continue;
      }
      let source: ReadableStream<Uint8Array>;
      try {
        source = await store.stream(file.storageKey);
      } catch (error) {
        if (!(error instanceof ObjectNotFoundError)) throw error;
        absent.push(`${name}: the stored file could not be found`);
        continue;
      }
      const entry = new ZipPassThrough(name);
      entry.mtime = options.exportedAt;
      zip.add(entry);
      const reader = source.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        entry.push(value);
        yield;
      }
      entry.push(new Uint8Array(0), true);
    }
    addText('README.txt', readme(data, options.exportedAt, options.providerName, absent));
    zip.end();
  }

  const steps = produce();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      while (ready.length === 0 && !finished && !failure) {
        const step = await steps.next();
        if (step.done && !finished) failure = new Error('The archive ended before its last file was written.');
      }
      if (failure) {
        controller.error(failure);
        return;
      }
      for (const chunk of ready.splice(0)) controller.enqueue(chunk);
      if (finished && ready.length === 0) controller.close();
    },
    async cancel() {
      await steps.return(undefined);
    },
  });
}
