import { useEffect, useRef, useState } from 'react';
import type { ControlProps, OptionView } from '@/components/quiz/control-props';
import { moveItem } from '@/components/quiz/reorder';
import { smallButton } from '@/components/quiz/styles';

export type OrderingInputProps = ControlProps & {
  items: readonly OptionView[];
  /** Item ids in the order the learner has put them. */
  value: readonly string[];
  onChange: (order: string[]) => void;
};

type Direction = 'up' | 'down';

const DIRECTIONS: readonly Direction[] = ['up', 'down'];

/**
 * Reordering by buttons rather than dragging, so it works by keyboard, switch and touch alike.
 * Focus follows the moved item, and the new position is announced.
 */
export function OrderingInput({ items, value, onChange, disabled, errorId }: OrderingInputProps) {
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const pendingFocus = useRef<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const byId = new Map(items.map((item) => [item.id, item] as const));
  const ordered = value.flatMap((id) => byId.get(id) ?? []);

  // React may re-insert the moved row, which drops focus; put it back on the same button.
  useEffect(() => {
    const key = pendingFocus.current;
    if (key === null) return;
    pendingFocus.current = null;
    buttons.current.get(key)?.focus();
  });

  function move(index: number, direction: Direction) {
    const item = ordered[index];
    const to = direction === 'up' ? index - 1 : index + 1;
    if (disabled || item === undefined || to < 0 || to >= ordered.length) return;
    pendingFocus.current = buttonKey(item.id, direction);
    onChange(moveItem(value, index, to));
    setAnnouncement(`"${item.text}" is now number ${to + 1} of ${ordered.length}.`);
  }

  function register(key: string) {
    return (element: HTMLButtonElement | null) => {
      if (element === null) buttons.current.delete(key);
      else buttons.current.set(key, element);
    };
  }

  return (
    <div>
      <ol className="space-y-2">
        {ordered.map((item, index) => (
          <li key={item.id} className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded-md border border-slate-300 bg-white p-2">
            <span className="flex min-w-0 flex-1 basis-48 gap-2">
              <span className="font-semibold text-slate-700" aria-hidden="true">
                {index + 1}.
              </span>
              <span>{item.text}</span>
            </span>
            <span className="flex gap-2">
              {DIRECTIONS.map((direction) => {
                // At the ends the button stays focusable (aria-disabled), so focus is not lost after a move.
                const atEnd = direction === 'up' ? index === 0 : index === ordered.length - 1;
                return (
                  <button
                    key={direction}
                    type="button"
                    ref={register(buttonKey(item.id, direction))}
                    onClick={() => move(index, direction)}
                    disabled={disabled}
                    aria-disabled={atEnd && !disabled ? true : undefined}
                    aria-label={`Move ${direction}: ${item.text}`}
                    aria-describedby={errorId}
                    className={smallButton}
                  >
                    <span aria-hidden="true">{direction === 'up' ? '↑' : '↓'}</span>
                    Move {direction}
                  </button>
                );
              })}
            </span>
          </li>
        ))}
      </ol>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}

function buttonKey(itemId: string, direction: Direction): string {
  return `${itemId}:${direction}`;
}
