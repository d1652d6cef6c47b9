import { AppLink as Link } from '@/components/ui/app-link';
import { AccountNav } from '@/components/layout/account-nav';
import { SITE_LINKS } from '@/components/layout/site-links';

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="font-semibold text-brand-800 hover:underline">
          Customer care in IT support <span className="font-normal text-slate-600">· US 114052</span>
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {SITE_LINKS.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="inline-block py-1 text-slate-700 underline-offset-4 hover:text-brand-700 hover:underline">
                  {link.label}
                </Link>
              </li>
            ))}
            <AccountNav />
          </ul>
        </nav>
      </div>
    </header>
  );
}
