import { expect, test } from 'vitest';
import { archiveFileName, learnerDataArchive } from '@/lib/privacy/data-archive';
import type { LearnerData } from '@/lib/privacy/learner-data';
import { readZip } from '@/lib/privacy/testing/read-zip';
import { ObjectNotFoundError, type ObjectStore } from '@/lib/storage/object-store';

test('a file name in the archive has no folders, control or reserved characters, and keeps its ending when cut short', () => {
  expect(archiveFileName({ folder: 'evidence', id: 'f1', name: '../../etc/passwd' })).toBe('evidence/f1-__.._etc_passwd');
  expect(archiveFileName({ folder: 'recordings', id: 'r1', name: 'call\u0000one:two?.webm' })).toBe('recordings/r1-call_one_two_.webm');
  expect(archiveFileName({ folder: 'evidence', id: 'f2', name: `${'a'.repeat(300)}.pdf` })).toMatch(/^evidence\/f2-a{116}\.pdf$/);
  expect(archiveFileName({ folder: 'evidence', id: 'f3', name: '' })).toBe('evidence/f3-file');
});

function storeOf(files: Record<string, Uint8Array>): ObjectStore {
  return {
    stream: async (key: string) => {
      const bytes = files[key];
      if (!bytes) throw new ObjectNotFoundError(key);
      // Two chunks, as a store streaming a large file would give them.
      return new ReadableStream({
        start(controller) {
          controller.enqueue(bytes.slice(0, 3));
          controller.enqueue(bytes.slice(3));
          controller.close();
        },
      });
    },
  } as unknown as ObjectStore;
}

test('the archive streams present files whole and names a removed or missing file in README.txt instead', async () => {
  const data: LearnerData = {
    sections: { profile: [{ fullName: 'Ayanda Dube' }] },
    records: [{ version: 1, verificationCode: 'ABCD-EFGH', canonicalJson: '{"candidate":{"name":"Ayanda Dube"}}' }],
    files: [
      { folder: 'evidence', id: 'e1', name: 'notes.pdf', storageKey: 'k1', removedAt: null },
      { folder: 'evidence', id: 'e2', name: 'old.pdf', storageKey: 'k2', removedAt: new Date('2026-01-31T10:00:00Z') },
      { folder: 'recordings', id: 'r1', name: 'call.webm', storageKey: 'gone', removedAt: null },
    ],
  };
  const bytes = new TextEncoder().encode('%PDF-1.4 notes');
  const archive = learnerDataArchive(data, storeOf({ k1: bytes }), { exportedAt: new Date('2026-12-03T08:00:00Z'), providerName: 'Ubuntu Skills Academy' });
  const entries = await readZip(Buffer.from(await new Response(archive).arrayBuffer()));
  expect([...entries.keys()].sort()).toEqual(['README.txt', 'data.json', 'evidence/e1-notes.pdf', 'records/record-v1-ABCD-EFGH.json']);
  expect(entries.get('evidence/e1-notes.pdf')?.toString()).toBe('%PDF-1.4 notes');
  expect(JSON.parse(entries.get('data.json')?.toString() ?? '{}')).toEqual({ exportedAt: '2026-12-03T08:00:00.000Z', profile: [{ fullName: 'Ayanda Dube' }] });
  const readme = entries.get('README.txt')?.toString() ?? '';
  expect(readme).toContain('Your data, as Ubuntu Skills Academy holds it');
  expect(readme).toContain("evidence/e2-old.pdf: removed 2026-01-31T10:00:00.000Z under the provider's retention policy");
  expect(readme).toContain('recordings/r1-call.webm: the stored file could not be found');
});
