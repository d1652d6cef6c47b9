import type { ComponentProps } from 'react';

/** Markdown tables scroll sideways inside their own box on a narrow phone instead of widening the page. */
export function ScrollableTable(props: ComponentProps<'table'>) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to scroll it
    <section className="my-6 relative overflow-x-auto" tabIndex={0} aria-label="Table (scrolls sideways on small screens)">
      <table {...props} className="my-0" />
    </section>
  );
}
