/**
 * Said only when JavaScript is off: the part that follows renders its buttons but cannot answer
 * them, and without this a reader would press them and see nothing happen.
 */
export function NeedsJavaScript({ what }: { what: string }) {
  return (
    <noscript>
      <p className="not-prose my-4 rounded-md border border-amber-700 bg-amber-50 px-4 py-3 text-amber-950">
        {what} needs JavaScript, which is off in this browser. The lesson text reads without it; turn JavaScript on to use this part.
      </p>
    </noscript>
  );
}
