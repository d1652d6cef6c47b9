import { describe, expect, it } from 'vitest';
import { isBuildAssetPath, isCoursePagePath, isLessonPath } from '@/lib/offline/offline-paths';

describe('what the service worker keeps', () => {
  it.each(['/lessons/escalation-basics', '/lessons/sla-1'])('keeps the lesson %s', (path) => {
    expect(isLessonPath(path)).toBe(true);
  });

  it.each(['/lessons', '/lessons/', '/lessons/a/b', '/lessons/../admin', '/api/progress'])('does not treat %s as a lesson', (path) => {
    expect(isLessonPath(path)).toBe(false);
  });

  it.each(['/', '/outline', '/glossary', '/modules/welcome'])('keeps the public course page %s', (path) => {
    expect(isCoursePagePath(path)).toBe(true);
  });

  it.each(['/learn', '/assessment', '/record', '/account', '/assess', '/moderate/1', '/admin/users', '/verify', '/portfolio', '/modules'])(
    'never keeps %s, a page drawn for the person signed in',
    (path) => {
      expect(isCoursePagePath(path)).toBe(false);
    },
  );

  it('keeps the build files whose names carry their content hash, and nothing else as one', () => {
    expect(isBuildAssetPath('/_next/static/islands/quiz-ABC123.js')).toBe(true);
    expect(isBuildAssetPath('/_next/image?url=x')).toBe(false);
    expect(isBuildAssetPath('/sw.js')).toBe(false);
  });
});
