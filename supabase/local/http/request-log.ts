import type { MiddlewareHandler } from 'hono';

export type LogSink = (line: string) => void;

/**
 * One structured line per request: time, method, path (no query string: signed URLs
 * carry tokens there), status, milliseconds, user id. Never headers, tokens or bodies.
 */
export function requestLog(sink: LogSink): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const userId = (c.get('userId' as never) as string | null | undefined) ?? null;
    sink(
      JSON.stringify({
        t: new Date().toISOString(),
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
        user: userId,
      }),
    );
  };
}
