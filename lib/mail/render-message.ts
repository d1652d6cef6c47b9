/** A notice's words: a greeting, paragraphs, and the one link it is about. */
export type MessageBody = {
  greeting: string;
  paragraphs: string[];
  link: { label: string; url: string };
  subject: string;
  /** Said under the provider's name instead of the e-mail choices, for messages nobody can opt out of. */
  footer?: string;
};

const CHOICES_FOOTER = 'You can choose which e-mails you get on your account page.';

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** Plain text for every mail reader, and the same words as simple HTML with the link as a button. */
export function renderMessage(body: MessageBody, providerName: string): { subject: string; text: string; html: string } {
  const footer = `${providerName}\n${body.footer ?? CHOICES_FOOTER}`;
  const text = [body.greeting, ...body.paragraphs, `${body.link.label}: ${body.link.url}`, footer].join('\n\n');
  const html = [
    '<!doctype html><html><body style="font-family:sans-serif;line-height:1.5;max-width:40em">',
    `<p>${escapeHtml(body.greeting)}</p>`,
    ...body.paragraphs.map((paragraph) => `<p style="white-space:pre-line">${escapeHtml(paragraph)}</p>`),
    `<p><a href="${escapeHtml(body.link.url)}" style="display:inline-block;padding:8px 16px;background:#1d4ed8;color:#fff;text-decoration:none;border-radius:6px">${escapeHtml(body.link.label)}</a></p>`,
    `<p style="color:#555;font-size:0.9em;white-space:pre-line">${escapeHtml(footer)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject: body.subject, text, html };
}
