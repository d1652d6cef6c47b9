import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type LocalRecordStore = {
  endpoint: string;
  key: string;
  secret: string;
  /** Statements kept, by id, as the store received them. */
  statements: Map<string, unknown>;
  /** Every PUT that reached it, kept or not. */
  puts: { statementId: string | null; version: string | undefined; authorised: boolean }[];
  /** While true, it answers 503 to everything, as a store that is down for maintenance would. */
  down: boolean;
  close: () => Promise<void>;
};

async function body(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A learning record store's statements resource on a local port, enough to test delivery: a PUT
 * with a new statementId is kept (204), one it already has is answered 409, and it insists on the
 * version header and its Basic credentials as a real store does.
 */
export async function startLocalRecordStore(): Promise<LocalRecordStore> {
  let server: Server | null = null;
  const store: LocalRecordStore = {
    endpoint: '',
    key: 'course-lrs-key',
    secret: 'course-lrs-secret',
    statements: new Map(),
    puts: [],
    down: false,
    close: () => new Promise<void>((resolve, reject) => (server ? server.close((error) => (error ? reject(error) : resolve())) : resolve())),
  };
  const expected = `Basic ${Buffer.from(`${store.key}:${store.secret}`).toString('base64')}`;
  server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://store');
    const text = await body(request);
    if (request.method !== 'PUT' || url.pathname !== '/xapi/statements') return void response.writeHead(404).end();
    const statementId = url.searchParams.get('statementId');
    const version = request.headers['x-experience-api-version'] as string | undefined;
    const authorised = request.headers.authorization === expected;
    store.puts.push({ statementId, version, authorised });
    if (store.down) return void response.writeHead(503).end();
    if (!authorised) return void response.writeHead(401).end();
    if (version !== '1.0.3' || !statementId) return void response.writeHead(400).end();
    if (store.statements.has(statementId)) return void response.writeHead(409).end();
    store.statements.set(statementId, JSON.parse(text));
    response.writeHead(204).end();
  });
  const listening = server;
  await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
  const { port } = listening.address() as AddressInfo;
  store.endpoint = `http://127.0.0.1:${port}/xapi`;
  return store;
}
