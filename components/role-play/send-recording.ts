export type SendOutcome = { ok: true; url: string; name: string } | { ok: false; status: number; message: string };

function field(body: unknown, key: string): string | null {
  const value = typeof body === 'object' && body !== null ? Reflect.get(body, key) : null;
  return typeof value === 'string' ? value : null;
}

/** Uploads a recording to keep it for the brief; the server checks it by content and size. */
export async function sendRecording(briefId: string, file: File, seconds: number | null): Promise<SendOutcome> {
  const body = new FormData();
  body.set('file', file);
  if (seconds !== null) body.set('seconds', String(seconds));
  let response: Response;
  try {
    response = await fetch(`/api/role-plays/${encodeURIComponent(briefId)}/recordings`, { method: 'POST', body });
  } catch {
    return { ok: false, status: 0, message: 'The recording did not reach the server. Check your connection and try again; the recording is still here.' };
  }
  const answer: unknown = await response.json().catch(() => null);
  if (!response.ok) return { ok: false, status: response.status, message: field(answer, 'error') ?? 'The recording could not be kept. Try again.' };
  return { ok: true, url: field(answer, 'url') ?? '/portfolio/role-plays', name: field(answer, 'name') ?? file.name };
}
