import { createElement, type ReactNode, useId } from 'react';
import { ISLAND_ATTRIBUTE, ISLAND_PROPS_ATTRIBUTE, type IslandName } from '@/components/islands/island-names';
import { serialiseIslandProps } from '@/components/islands/island-props';

type Props = {
  name: IslandName;
  /** Handed to the component again in the browser: plain JSON only. */
  props: Record<string, unknown>;
  /** The element that holds the island, for places where a div is not allowed (a list). */
  as?: 'div' | 'ul';
  className?: string;
  /** The server's rendering of the island: what a reader sees before (or without) JavaScript. */
  children?: ReactNode;
};

/**
 * Marks an interactive part of a prerendered page. The server renders it as HTML like the rest of
 * the page; in the browser, `start-islands.ts` renders the named component into the same element
 * with the props written beside it, so only the parts that answer a reader carry code.
 */
export function Island({ name, props, as = 'div', className, children }: Props) {
  const id = useId();
  return (
    <>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: JSON data, escaped by serialiseIslandProps so it cannot end the element */}
      <script type="application/json" {...{ [ISLAND_PROPS_ATTRIBUTE]: id }} dangerouslySetInnerHTML={{ __html: serialiseIslandProps(props) }} />
      {createElement(
        as,
        { [ISLAND_ATTRIBUTE]: name, [ISLAND_PROPS_ATTRIBUTE]: id, className },
        // Until its code runs the part cannot answer, so its controls say so: a click on a dead
        // button is lost, while a disabled one is plainly not ready (and browsers skip it).
        children === undefined ? null : <fieldset disabled className="m-0 min-w-0 border-0 p-0">{children}</fieldset>,
      )}
    </>
  );
}
