import { describe, expect, it } from 'vitest';
import { coursePack, formatDownloadSize, parseCoursePack } from '@/lib/offline/course-pack';

const lessons = [
  { slug: 'escalation', title: 'Escalation', moduleId: 'm1', moduleTitle: 'One' },
  { slug: 'follow-up', title: 'Follow-up', moduleId: 'm2', moduleTitle: 'Two' },
];
const modules = [
  { id: 'm1', title: 'One' },
  { id: 'm2', title: 'Two' },
];

describe('coursePack', () => {
  it('lists every lesson and public page with its size, and totals what will be fetched', () => {
    const pack = coursePack(lessons, modules, (path) => path.length * 100);
    expect(pack.lessons.map((page) => page.path)).toEqual(['/lessons/escalation', '/lessons/follow-up']);
    expect(pack.pages.map((page) => page.path)).toEqual(['/', '/outline', '/glossary', '/modules/m1', '/modules/m2']);
    expect(pack.bytes).toBe([...pack.lessons, ...pack.pages].reduce((sum, page) => sum + page.path.length * 100, 0));
  });

  it('leaves out a page the build did not write, so the size shown is the size fetched', () => {
    const pack = coursePack(lessons, modules, (path) => (path === '/glossary' || path === '/lessons/follow-up' ? null : 10));
    expect(pack.lessons.map((page) => page.path)).toEqual(['/lessons/escalation']);
    expect(pack.pages.map((page) => page.path)).not.toContain('/glossary');
    expect(pack.bytes).toBe(10 * (pack.lessons.length + pack.pages.length));
  });
});

describe('parseCoursePack', () => {
  it('reads back what the build wrote', () => {
    const pack = coursePack(lessons, modules, () => 5);
    expect(parseCoursePack(JSON.parse(JSON.stringify(pack)))).toEqual(pack);
  });

  it.each([null, 'pack', { lessons: [], pages: [] }, { lessons: [{ path: 'lessons/x', title: 'x', bytes: 1 }], pages: [], bytes: 1 }, { lessons: [{ path: '/x', title: 'x', bytes: -1 }], pages: [], bytes: 1 }])(
    'refuses %j rather than use part of it',
    (value) => {
      expect(parseCoursePack(value)).toBeNull();
    },
  );
});

describe('formatDownloadSize', () => {
  it.each([
    [640, '640 bytes'],
    [61_400, '61 kB'],
    [448_000, '448 kB'],
    [1_250_000, '1.3 MB'],
  ])('shows %d bytes as %s', (bytes, shown) => {
    expect(formatDownloadSize(bytes)).toBe(shown);
  });
});
