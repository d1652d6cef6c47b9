'use client';

import { type InputHTMLAttributes, useEffect, useRef } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'checked' | 'defaultChecked' | 'onChange'> & {
  chosen: boolean;
  onChoose: () => void;
};

/**
 * A radio button in a form that posts to a server action. React resets such a form after every
 * action, refused ones included, and the reset puts each radio back to its default. A controlled
 * radio keeps the default it was first rendered with, so a refused action undid the person's
 * choices (while the component's state still held them). Here the default follows the choice, so
 * the reset puts back what was chosen; and a choice made for the person (such as "mark every
 * criterion met") is set on the radio itself, since a changed default no longer moves a radio
 * once the page has set it.
 */
export function ChoiceRadio({ chosen, onChoose, ...input }: Props) {
  const radio = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (radio.current && radio.current.checked !== chosen) radio.current.checked = chosen;
  }, [chosen]);
  return <input ref={radio} type="radio" defaultChecked={chosen} onChange={onChoose} {...input} />;
}
