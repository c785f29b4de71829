import type { Queryable } from '../db/database';

/** The user object GoTrue returns, built in SQL from auth.users. */
export const USER_JSON = `json_build_object(
  'id', u.id,
  'aud', coalesce(u.aud, 'authenticated'),
  'role', coalesce(u.role, 'authenticated'),
  'email', coalesce(u.email, ''),
  'email_confirmed_at', u.email_confirmed_at,
  'phone', coalesce(u.phone, ''),
  'confirmed_at', u.confirmed_at,
  'last_sign_in_at', u.last_sign_in_at,
  'app_metadata', coalesce(u.raw_app_meta_data, '{}'::jsonb),
  'user_metadata', coalesce(u.raw_user_meta_data, '{}'::jsonb),
  'identities', coalesce((select json_agg(json_build_object(
      'identity_id', i.id, 'id', i.provider_id, 'user_id', i.user_id, 'identity_data', i.identity_data,
      'provider', i.provider, 'email', i.email, 'created_at', i.created_at, 'updated_at', i.updated_at,
      'last_sign_in_at', i.last_sign_in_at))
    from auth.identities i where i.user_id = u.id), '[]'::json),
  'created_at', u.created_at,
  'updated_at', u.updated_at,
  'banned_until', u.banned_until,
  'is_anonymous', u.is_anonymous
)`;

export interface UserRow {
  id: string;
  email: string | null;
  phone: string | null;
  encrypted_password: string | null;
  banned: boolean;
  deleted: boolean;
  confirmed: boolean;
  app_metadata: Record<string, unknown>;
  user_metadata: Record<string, unknown>;
  is_anonymous: boolean;
  user_json: string;
}

const USER_ROW = `
  select u.id::text, u.email, u.phone, u.encrypted_password,
         (u.banned_until is not null and u.banned_until > now()) as banned,
         (u.deleted_at is not null) as deleted,
         (u.email_confirmed_at is not null or u.phone_confirmed_at is not null) as confirmed,
         coalesce(u.raw_app_meta_data, '{}'::jsonb) as app_metadata,
         coalesce(u.raw_user_meta_data, '{}'::jsonb) as user_metadata,
         u.is_anonymous,
         ${USER_JSON}::text as user_json
  from auth.users u`;

export async function findUserByEmail(db: Queryable, email: string): Promise<UserRow | null> {
  const r = await db.query<UserRow>(`${USER_ROW} where lower(u.email) = lower($1) and u.deleted_at is null limit 1`, [
    email,
  ]);
  return r.rows[0] ?? null;
}

export async function findUserById(db: Queryable, id: string): Promise<UserRow | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const r = await db.query<UserRow>(`${USER_ROW} where u.id = $1::uuid limit 1`, [id]);
  return r.rows[0] ?? null;
}

export async function passwordMatches(db: Queryable, userId: string, password: string): Promise<boolean> {
  const r = await db.query<{ ok: boolean }>(
    `select encrypted_password is not null and encrypted_password <> ''
            and encrypted_password = extensions.crypt($2, encrypted_password) as ok
     from auth.users where id = $1::uuid`,
    [userId, password],
  );
  return r.rows[0]?.ok === true;
}

/** Go duration as GoTrue's ban_duration takes it ("24h", "1h30m", "876000h"); "none" lifts a ban. */
export function parseBanDuration(value: string): number | 'none' | null {
  if (value === 'none') return 'none';
  const re = /(\d+(?:\.\d+)?)(h|m|s|ms)/g;
  let total = 0;
  let consumed = '';
  for (const m of value.matchAll(re)) {
    const n = Number(m[1]);
    total += m[2] === 'h' ? n * 3600_000 : m[2] === 'm' ? n * 60_000 : m[2] === 's' ? n * 1000 : n;
    consumed += m[0];
  }
  return consumed === value && consumed.length > 0 ? total : null;
}
