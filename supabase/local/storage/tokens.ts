import { SignJWT, errors as joseErrors, jwtVerify } from 'jose';
import { secretBytes } from '../auth/jwt';
import { ERR } from './errors';

/**
 * Signed URL tokens, shaped like Supabase Storage's: an HS256 JWT signed with the
 * project's JWT secret whose `url` claim names exactly `<bucket>/<key>`. They carry
 * no `role`, so they can never be used as an API key. Upload tokens also carry
 * `owner` and `upsert`; each kind is refused where the other is expected.
 */
export interface DownloadClaims {
  url: string;
  exp: number;
}
export interface UploadClaims {
  url: string;
  exp: number;
  owner: string | null;
  upsert: boolean;
}

/** Supabase's default lifetime of a signed upload URL (2 hours). */
export const SIGNED_UPLOAD_EXPIRY = 2 * 60 * 60;

async function sign(secret: string, claims: Record<string, unknown>, expiresIn: number): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt(now)
    .setExpirationTime(now + expiresIn)
    .sign(secretBytes(secret));
}

async function verify(secret: string, token: string): Promise<Record<string, unknown>> {
  try {
    const { payload } = await jwtVerify(token, secretBytes(secret), { algorithms: ['HS256'] });
    return payload;
  } catch (e) {
    // The messages jsonwebtoken gives, which is what Supabase Storage returns.
    if (e instanceof joseErrors.JWTExpired) throw ERR.invalidJwt('jwt expired');
    if (e instanceof joseErrors.JWSSignatureVerificationFailed) throw ERR.invalidJwt('invalid signature');
    throw ERR.invalidJwt('jwt malformed');
  }
}

export function signDownloadToken(secret: string, bucket: string, key: string, expiresIn: number): Promise<string> {
  return sign(secret, { url: `${bucket}/${key}` }, expiresIn);
}

export function signUploadToken(
  secret: string,
  bucket: string,
  key: string,
  owner: string | null,
  upsert: boolean,
  expiresIn = SIGNED_UPLOAD_EXPIRY,
): Promise<string> {
  return sign(secret, { url: `${bucket}/${key}`, owner, upsert }, expiresIn);
}

/** Verifies a download token for exactly this bucket and key (signature, expiry, path). */
export async function verifyDownloadToken(
  secret: string,
  token: string,
  bucket: string,
  key: string,
): Promise<DownloadClaims> {
  const p = await verify(secret, token);
  if (p.url !== `${bucket}/${key}` || 'upsert' in p || 'role' in p) throw ERR.invalidSignature();
  return { url: p.url, exp: Number(p.exp) };
}

export async function verifyUploadToken(
  secret: string,
  token: string,
  bucket: string,
  key: string,
): Promise<UploadClaims> {
  const p = await verify(secret, token);
  if (p.url !== `${bucket}/${key}` || typeof p.upsert !== 'boolean' || 'role' in p) throw ERR.invalidSignature();
  const owner = typeof p.owner === 'string' ? p.owner : null;
  return { url: p.url, exp: Number(p.exp), owner, upsert: p.upsert };
}

/** Builds the relative signed URL Supabase returns (supabase-js prefixes the storage URL). */
export function signedPath(kind: 'sign' | 'upload/sign', bucket: string, key: string, token: string): string {
  return `/object/${kind}/${bucket}/${key}?token=${token}`;
}
