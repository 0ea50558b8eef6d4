import type { IncomingMessage } from 'node:http';

export type JsonBody =
  | { kind: 'ok'; value: unknown }
  | { kind: 'too-large' }
  | { kind: 'invalid-utf8' }
  | { kind: 'invalid-json' };

/**
 * Read a request body of at most `maxBytes` and parse it as JSON (it must be valid UTF-8, so no
 * text is silently changed); an empty body is `undefined`
 * (the dispatcher reads it as "no input"). A body over the cap is refused without being kept in
 * memory: the rest is read and thrown away so the client still gets the answer.
 */
export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<JsonBody> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    req.resume();
    return { kind: 'too-large' };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) tooLarge = true;
    if (!tooLarge) chunks.push(chunk);
  }
  if (tooLarge) return { kind: 'too-large' };
  const text = utf8Text(Buffer.concat(chunks));
  if (text === null) return { kind: 'invalid-utf8' };
  if (text.trim() === '') return { kind: 'ok', value: undefined };
  try {
    return { kind: 'ok', value: JSON.parse(text) as unknown };
  } catch {
    return { kind: 'invalid-json' };
  }
}

/** RFC 8259 JSON is UTF-8; bytes that are not would be stored as U+FFFD, so they are refused. */
function utf8Text(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
