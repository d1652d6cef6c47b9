import { Island } from '@/components/islands/island';
import { ACCOUNT_LINK_CLASS as linkClass } from '@/components/layout/account-link-items';
import { SITE_LINKS } from '@/components/layout/site-links';

/** The app's header as plain HTML for a prerendered lesson, with the account links as an island. */
export function StaticSiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <a href="/" className="font-semibold text-brand-800 hover:underline">
          Customer care in IT support <span className="font-normal text-slate-600">· US 114052</span>
        </a>
        <nav aria-label="Main" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {SITE_LINKS.map((link) => (
              <li key={link.href}>
                <a href={link.href} className={linkClass}>
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
          <Island name="account-links" props={{}} as="ul" className="flex flex-wrap gap-x-4 gap-y-1" />
        </nav>
      </div>
    </header>
  );
}
