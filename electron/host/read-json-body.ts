import type { IncomingMessage } from 'node:http';

export type JsonBody =
  { kind: 'ok'; value: unknown } | { kind: 'too-large' } | { kind: 'invalid-json' };

/**
 * Read a request body of at most `maxBytes` and parse it as JSON; an empty body is `undefined`
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
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return { kind: 'ok', value: undefined };
  try {
    return { kind: 'ok', value: JSON.parse(text) as unknown };
  } catch {
    return { kind: 'invalid-json' };
  }
}
