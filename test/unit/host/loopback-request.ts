import { request, type IncomingHttpHeaders } from 'node:http';
import { TOKEN_HEADER } from '@shared/contract/transport';

export interface LoopbackResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface LoopbackRequest {
  method?: string;
  /** Sent as written, so traversal attempts reach the server unnormalised. */
  path?: string;
  /** Defaults to the host's own `127.0.0.1:PORT`. */
  host?: string;
  token?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Send the body with chunked transfer encoding, without a Content-Length up front. */
  chunked?: boolean;
}

/**
 * One request to the loopback host with node's client: unlike fetch, it can send any Host
 * header and any raw path.
 */
export function send(port: number, options: LoopbackRequest = {}): Promise<LoopbackResponse> {
  const headers: Record<string, string | number> = {
    host: options.host ?? `127.0.0.1:${port}`,
    ...options.headers,
  };
  if (options.token !== undefined) headers[TOKEN_HEADER] = options.token;
  if (options.body !== undefined && !options.chunked) {
    headers['content-length'] = Buffer.byteLength(options.body);
  }
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path ?? '/',
        headers,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (options.chunked && options.body !== undefined) {
      const body = Buffer.from(options.body);
      const piece = 64 * 1024;
      for (let at = 0; at < body.length; at += piece) req.write(body.subarray(at, at + piece));
      req.end();
    } else {
      req.end(options.body);
    }
  });
}

/** `POST /api/<channel>` with a JSON body, the way the renderer calls the core. */
export function callApi(
  port: number,
  channel: string,
  input: unknown,
  options: Omit<LoopbackRequest, 'method' | 'path' | 'body'> = {},
): Promise<LoopbackResponse> {
  return send(port, {
    ...options,
    method: 'POST',
    path: `/api/${channel}`,
    headers: { 'content-type': 'application/json', ...options.headers },
    body: JSON.stringify(input),
  });
}
