// Sending bodies prepared in both encodings: gzip when the client accepts it, identity otherwise.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { PreparedBody } from './learner-view.js';

/**
 * Whether an Accept-Encoding header admits gzip (RFC 9110 §12.5.3): named, or covered by `*`,
 * with a weight above zero. `gzip;q=0` refuses it, even next to `*`.
 */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  let wildcard = false;
  for (const entry of header.split(',')) {
    const [coding = '', ...params] = entry.split(';').map((p) => p.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    const weighted = q === undefined || Number(q.slice(2)) > 0;
    if (coding === 'gzip' || coding === 'x-gzip') return weighted;
    if (coding === '*') wildcard = weighted;
  }
  return wildcard;
}

/**
 * A prepared JSON body in the encoding the client accepts, with its strong ETag and the given
 * caching; 304 without a body when the client already holds these bytes.
 */
export function sendPrepared(
  request: FastifyRequest,
  reply: FastifyReply,
  body: PreparedBody,
  cacheControl: string,
) {
  reply
    .header('etag', body.etag)
    .header('cache-control', cacheControl)
    .header('vary', 'accept-encoding');
  if (request.headers['if-none-match'] === body.etag) return reply.status(304).send(null);
  reply.type('application/json; charset=utf-8');
  if (acceptsGzip(request.headers['accept-encoding'])) {
    return reply.header('content-encoding', 'gzip').send(body.gzip);
  }
  return reply.send(body.json);
}

/**
 * Sends a body given as pieces, corked so they leave in one `writev` without being copied into
 * one buffer. Fastify's `send` takes a single payload, so the reply is hijacked: the headers set
 * on it so far are written here, and Fastify's onResponse hooks and logging still run.
 */
export function sendPieces(
  request: FastifyRequest,
  reply: FastifyReply,
  pieces: readonly Buffer[],
): FastifyReply {
  let length = 0;
  for (const piece of pieces) length += piece.length;
  reply.hijack();
  const response = reply.raw;
  for (const [name, value] of Object.entries(reply.getHeaders())) {
    if (value !== undefined) response.setHeader(name, value);
  }
  response.setHeader('content-length', length);
  response.writeHead(200);
  if (request.method === 'HEAD') {
    response.end();
    return reply;
  }
  response.cork();
  for (const piece of pieces) response.write(piece);
  response.end();
  return reply;
}
