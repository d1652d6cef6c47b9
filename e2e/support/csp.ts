import { type APIResponse, type BrowserContext, expect } from '@playwright/test';

type ReportingWindow = { __reportCspViolation: (text: string) => void };

/**
 * Collects every Content-Security-Policy violation in the context's pages, from the DOM's
 * `securitypolicyviolation` event (installed before any page script runs) and from the console
 * messages Chromium writes for refusals the event does not reach. Returns the live list.
 */
export async function watchCsp(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.exposeBinding('__reportCspViolation', ({ page }, text: string) => {
    violations.push(`${page.url()}: ${text}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as ReportingWindow).__reportCspViolation;
      report(`${event.effectiveDirective} refused ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber} «${event.sample}»`);
    });
  });
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`${message.page()?.url() ?? ''}: console: ${message.text()}`);
  });
  return violations;
}

/** A page response's policy, after checking it is the strict one every page gets. */
export function strictPolicy(response: APIResponse | null): string {
  const policy = response?.headers()['content-security-policy'] ?? '';
  expect(policy).toMatch(/(^|; )default-src 'self'(;|$)/);
  expect(policy).toMatch(/(^|; )object-src 'none'(;|$)/);
  expect(policy).toMatch(/(^|; )base-uri 'self'(;|$)/);
  expect(policy).toMatch(/(^|; )form-action 'self'(;|$)/);
  expect(policy).toMatch(/(^|; )frame-ancestors 'none'(;|$)/);
  expect(policy).not.toContain("'unsafe-inline'");
  expect(policy).not.toContain("'unsafe-eval'");
  return policy;
}

/** The nonce in the policy of a page rendered for the request. */
export function nonceOf(response: APIResponse | null): string {
  const policy = strictPolicy(response);
  const nonce = /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1];
  expect(nonce, policy).toBeTruthy();
  return nonce ?? '';
}
