'use client';

import { type MouseEvent, useCallback, useEffect, useMemo, useState } from 'react';

type Part = { items: readonly { number: number }[]; bank: string };

/**
 * Which part of an attempt in progress is shown: one at a time (a learner on a phone meets one part,
 * not all of them in a row), or all of them on request. A link to a question in a hidden part (the
 * submission panel lists unfinished ones) opens that part and brings the question into view.
 */
export function usePartSteps(parts: readonly Part[], editable: boolean) {
  const stepped = editable && parts.length > 1;
  const [current, setCurrent] = useState(0);
  const [showAll, setShowAll] = useState(false);
  const [target, setTarget] = useState<{ id: string } | null>(null);
  const partOfQuestion = useMemo(() => new Map(parts.flatMap((part, index) => part.items.map((item) => [item.number, index] as const))), [parts]);

  const choose = useCallback(
    (index: number) => {
      setShowAll(false);
      setCurrent(index);
      setTarget({ id: `part-${parts[index]?.bank ?? ''}` });
    },
    [parts],
  );

  const openQuestion = useCallback(
    (number: number) => {
      const index = partOfQuestion.get(number);
      if (index === undefined) return;
      setCurrent(index);
      setTarget({ id: `item-${number}` });
    },
    [partOfQuestion],
  );

  // After the part is drawn: its heading (or the question asked for) comes into view with focus,
  // so a keyboard or screen reader user continues from there, not from the button they pressed.
  useEffect(() => {
    if (target === null) return;
    const element = document.getElementById(target.id);
    element?.scrollIntoView({ block: 'start' });
    if (element?.tagName === 'H2') element.focus({ preventScroll: true });
  }, [target]);

  // An address that names a question (a reload of a followed link) opens its part.
  useEffect(() => {
    if (!stepped) return;
    const match = /^#item-(\d+)$/.exec(window.location.hash);
    if (match) openQuestion(Number(match[1]));
  }, [stepped, openQuestion]);

  const followQuestionLink = useCallback(
    (event: MouseEvent) => {
      if (!stepped || showAll || !(event.target instanceof Element)) return;
      const href = event.target.closest('a')?.getAttribute('href') ?? '';
      const match = /^#item-(\d+)$/.exec(href);
      if (match) openQuestion(Number(match[1]));
    },
    [stepped, showAll, openQuestion],
  );

  return {
    stepped,
    current,
    showAll,
    setShowAll,
    choose,
    followQuestionLink,
    shows: (index: number) => !stepped || showAll || index === current,
  };
}
