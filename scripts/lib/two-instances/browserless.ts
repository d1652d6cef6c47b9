import assert from 'node:assert/strict';

const ENTITIES: Record<string, string> = { '&quot;': '"', '&#x27;': "'", '&#39;': "'", '&lt;': '<', '&gt;': '>', '&amp;': '&' };

/** Plain text from HTML-escaped text (the few entities React writes). */
export function unescapeHtml(text: string): string {
  return text.replace(/&(?:quot|#x27|#39|lt|gt|amp);/g, (entity) => ENTITIES[entity] ?? entity);
}

function attributes(tag: string): Record<string, string> {
  return Object.fromEntries([...tag.matchAll(/([\w$:-]+)="([^"]*)"/g)].map(([, name = '', value = '']) => [name, unescapeHtml(value)]));
}

export type Reply = { status: number; url: string; headers: Headers; body: Buffer; text: () => string };

/**
 * One person's browser without JavaScript: a cookie jar shared by every server it talks to (cookies
 * belong to the host name, not the port, so one jar serves localhost:A and localhost:B as a browser's
 * would), same-origin requests, and redirects followed by hand so no Set-Cookie on the way is lost.
 */
export class Browserless {
  readonly cookies = new Map<string, string>();

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  private keep(headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = /max-age=0\b/i.test(line) || /expires=Thu, 01 Jan 1970/i.test(line);
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  /** A request to `base` + `path` as this browser: its cookies, its origin on anything but GET, redirects followed. */
  async request(base: string, path: string, init: { method?: string; body?: FormData | string; headers?: Record<string, string> } = {}): Promise<Reply> {
    let url = new URL(path, base).toString();
    let method = init.method ?? 'GET';
    let body = init.body;
    for (let hop = 0; hop < 6; hop += 1) {
      const headers: Record<string, string> = { ...init.headers, cookie: this.cookieHeader() };
      if (method !== 'GET') headers.origin = new URL(url).origin;
      const response = await fetch(url, { method, body, headers, redirect: 'manual' });
      this.keep(response.headers);
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.arrayBuffer();
        url = new URL(location, url).toString();
        method = 'GET';
        body = undefined;
        continue;
      }
      const bytes = Buffer.from(await response.arrayBuffer());
      return { status: response.status, url, headers: response.headers, body: bytes, text: () => unescapeHtml(bytes.toString('utf8')) };
    }
    throw new Error(`Too many redirects from ${path}`);
  }

  /**
   * Submits the form on the page at `path` whose submit button's text starts with `buttonText`, as a
   * browser without JavaScript does: every hidden field the server rendered (the server action's
   * own among them), the button's name if it has one, and `fields`. Returns the page that follows.
   * `postTo` is the server the form goes to: another than the one that drew it, as a load balancer may choose.
   */
  async submitForm(base: string, path: string, buttonText: string, fields: Record<string, string>, postTo = base): Promise<Reply> {
    const page = await this.request(base, path);
    assert.equal(page.status, 200, `GET ${path} on ${base} answers 200`);
    const html = page.body.toString('utf8');
    const form = [...html.matchAll(/<form[\s\S]*?<\/form>/g)]
      .map(([match]) => match)
      .find((candidate) => [...candidate.matchAll(/<button([^>]*)>([\s\S]*?)<\/button>/g)].some(([, , text = '']) => buttonLabel(text).startsWith(buttonText)));
    assert.ok(form, `a form with the button "${buttonText}" on ${path}`);
    const data = new FormData();
    for (const [tag] of form.matchAll(/<input[^>]*>/g)) {
      const input = attributes(tag);
      if (input.type === 'hidden' && input.name) data.append(input.name, input.value ?? '');
    }
    const button = [...form.matchAll(/<button([^>]*)>([\s\S]*?)<\/button>/g)].find(([, , text = '']) => buttonLabel(text).startsWith(buttonText));
    const name = attributes(button?.[1] ?? '').name;
    if (name) data.append(name, '');
    for (const [key, value] of Object.entries(fields)) data.append(key, value);
    return this.request(postTo, path, { method: 'POST', body: data });
  }
}

function buttonLabel(html: string): string {
  return unescapeHtml(html.replace(/<[^>]*>/g, '')).trim();
}
