import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The API roles a token may carry, as on hosted Supabase. Anything else is refused. */
export const API_ROLES = ['anon', 'authenticated', 'service_role'] as const;
export type ApiRole = (typeof API_ROLES)[number];

export interface JwtClaims {
  role: ApiRole;
  sub?: string;
  email?: string;
  session_id?: string;
  exp?: number;
  iat?: number;
  [k: string]: unknown;
}

export class JwtError extends Error {
  constructor(
    message: string,
    readonly code: 'bad_jwt' | 'expired' | 'bad_role',
  ) {
    super(message);
    this.name = 'JwtError';
  }
}

export interface Keys {
  secret: string;
  anonKey: string;
  serviceRoleKey: string;
}

const TEN_YEARS = 10 * 365 * 24 * 3600;

export function secretBytes(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

export async function signJwt(
  secret: string,
  claims: Record<string, unknown>,
  expiresInSeconds: number,
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ ...claims })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt(now)
    .setExpirationTime(now + expiresInSeconds)
    .sign(secretBytes(secret));
}

const VERIFIED_CACHE_SIZE = 2000;
const verified = new Map<string, Map<string, JwtClaims>>();

/**
 * Verifies an HS256 token (alg none and every other algorithm are refused) and its role claim.
 * Tokens already verified with this secret are remembered until they expire.
 */
export async function verifyJwt(secret: string, token: string): Promise<JwtClaims> {
  let cache = verified.get(secret);
  if (!cache) verified.set(secret, (cache = new Map()));
  const hit = cache.get(token);
  if (hit && (hit.exp === undefined || hit.exp * 1000 > Date.now())) return hit;
  if (hit) cache.delete(token);
  const claims = await verifyUncached(secret, token);
  if (cache.size >= VERIFIED_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(token, claims);
  return claims;
}

async function verifyUncached(secret: string, token: string): Promise<JwtClaims> {
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, secretBytes(secret), { algorithms: ['HS256'] }));
  } catch (e) {
    if (e instanceof joseErrors.JWTExpired) throw new JwtError('JWT expired', 'expired');
    throw new JwtError('invalid JWT: unable to parse or verify signature', 'bad_jwt');
  }
  const role = payload.role;
  if (typeof role !== 'string' || !(API_ROLES as readonly string[]).includes(role)) {
    throw new JwtError(`role "${String(role)}" does not exist`, 'bad_role');
  }
  return payload as JwtClaims;
}

/**
 * The JWT secret: SUPABASE_JWT_SECRET when set, otherwise one generated on first
 * start and kept in `<dir>/jwt-secret` so that tokens and the built SPA's anon key survive restarts.
 */
export async function loadOrCreateSecret(dir: string, fromEnv = process.env.SUPABASE_JWT_SECRET): Promise<string> {
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error('SUPABASE_JWT_SECRET must be at least 32 characters long');
    return fromEnv;
  }
  const file = path.join(dir, 'jwt-secret');
  try {
    const existing = (await readFile(file, 'utf8')).trim();
    if (existing.length >= 32) return existing;
  } catch {
    // first start
  }
  await mkdir(dir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  await writeFile(file, secret + '\n', { mode: 0o600 });
  return secret;
}

/** The anon and service_role API keys: long-lived JWTs signed with the secret, like Supabase's. */
export async function deriveKeys(secret: string): Promise<Keys> {
  // Fixed iat so that the keys are the same on every start with the same secret.
  const iat = 1_764_000_000;
  const make = (role: ApiRole) =>
    new SignJWT({ iss: 'supabase-local', ref: 'local', role })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuedAt(iat)
      .setExpirationTime(iat + TEN_YEARS)
      .sign(secretBytes(secret));
  return { secret, anonKey: await make('anon'), serviceRoleKey: await make('service_role') };
}
