import { AppLink as Link } from '@/components/ui/app-link';

/** Previous and next links for a paged list; nothing when everything fits on one page. */
export function PageLinks({ label, page, pages, hrefFor }: { label: string; page: number; pages: number; hrefFor: (page: number) => string }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={label} className="flex gap-4">
      {page > 0 ? (
        <Link href={hrefFor(page - 1)} className="text-brand-700 underline">
          Previous page
        </Link>
      ) : null}
      {page + 1 < pages ? (
        <Link href={hrefFor(page + 1)} className="text-brand-700 underline">
          Next page
        </Link>
      ) : null}
    </nav>
  );
}

/** The page number asked for in the address: a whole number from 0, anything else is the first page. */
export function pageFromQuery(value: unknown): number {
  return Math.max(0, Math.floor(Number(typeof value === 'string' ? value : 0)) || 0);
}
