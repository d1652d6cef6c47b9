import { describe, expect, it } from 'vitest';
import { builtLessonPages } from '@/lib/http/built-lesson-pages';

describe('builtLessonPages', () => {
  it('knows a lesson by the HTML file the build wrote for it, and nothing else', () => {
    const isLesson = builtLessonPages('public/lesson-pages', () => ['03-priorities.html', 'notes.txt']);
    expect(isLesson('/lessons/03-priorities')).toBe(true);
    expect(isLesson('/lessons/no-such-lesson')).toBe(false);
    expect(isLesson('/lessons/notes')).toBe(false);
    expect(isLesson('/03-priorities')).toBe(false);
  });

  it('knows the offline page built beside the lessons by its own address', () => {
    const isBuilt = builtLessonPages('public/lesson-pages', () => ['03-priorities.html', 'offline.html', 'course-pack.json']);
    expect(isBuilt('/offline')).toBe(true);
    expect(isBuilt('/lessons/course-pack')).toBe(false);
  });

  it('reads the folder once, and treats a missing folder as no lessons built', () => {
    let reads = 0;
    const isLesson = builtLessonPages('missing', () => {
      reads += 1;
      throw new Error('ENOENT');
    });
    expect(isLesson('/lessons/anything')).toBe(false);
    expect(isLesson('/lessons/anything')).toBe(false);
    expect(reads).toBe(1);
  });
});
