import type { Context } from 'hono';
import type { IncomingMessage } from 'node:http';

/** The peer address of the TCP connection (proxy headers are not trusted). */
export function remoteAddress(c: Context): string {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}

/** The Node request behind a Hono context, for streaming bodies. */
export function incomingMessage(c: Context): IncomingMessage | undefined {
  return (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
}
