import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type CapturedMail = { envelopeTo: string[]; mail: ParsedMail };

/**
 * A mail server on a free local port that keeps every message it receives, parsed. `acceptAfterMs`
 * holds each message that long before accepting it, as a slow mail server would (so a sender is
 * busy for a while with each one).
 */
export async function captureSmtp({ acceptAfterMs = 0 }: { acceptAfterMs?: number } = {}): Promise<{ url: string; received: CapturedMail[]; close: () => Promise<void> }> {
  const received: CapturedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({ envelopeTo: session.envelope.rcptTo.map((address) => address.address), mail });
          setTimeout(callback, acceptAfterMs);
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
