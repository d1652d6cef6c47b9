import { AppLink as Link } from '@/components/ui/app-link';

export default function NotFound() {
  return (
    <article className="max-w-2xl">
      <h1 className="text-3xl font-bold">We could not find that page</h1>
      <p className="mt-4 text-lg text-slate-700">
        The address may be mistyped, or the lesson may have moved. Your progress is safe: it is kept in this browser.
      </p>
      <ul className="mt-6 list-disc space-y-2 pl-6">
        <li>
          <Link href="/" className="text-brand-700 underline">
            Go to the course home page
          </Link>{' '}
          to see every module and continue where you left off.
        </li>
        <li>
          <Link href="/outline" className="text-brand-700 underline">
            Browse the course outline
          </Link>{' '}
          to find a lesson by topic.
        </li>
        <li>
          <Link href="/glossary" className="text-brand-700 underline">
            Look up a term in the glossary
          </Link>
          .
        </li>
      </ul>
    </article>
  );
}
