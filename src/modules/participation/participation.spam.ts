import crypto from 'node:crypto';

/** A form sent sooner than this after it was shown is a robot's. */
export const MIN_FILL_MS = 3_000;
/** A form older than this is refused (the reader reloads it; what they typed is kept). */
export const MAX_FORM_AGE_MS = 12 * 3600_000;

const mac = (secret: string, nonce: string, issued: number) =>
  crypto.createHmac('sha256', secret).update(`${nonce}.${issued}`).digest('base64url');

/**
 * The form token: when the form was shown, signed together with the browser's own random
 * cookie (`nonce`). It is the form's CSRF token (a foreign page knows neither the cookie nor the
 * signature) and the time check of the anti-spam defence.
 */
export function issueFormToken(secret: string, nonce: string, now: Date): string {
  const issued = now.getTime();
  return `${issued}.${mac(secret, nonce, issued)}`;
}

/** Why a token was refused, or 'ok'. */
export type TokenCheck = 'ok' | 'invalid' | 'too-fast' | 'expired';

/** Checks a posted form token against the browser's cookie and the clock. */
export function checkFormToken(
  secret: string,
  nonce: string | undefined,
  token: string,
  now: Date,
): TokenCheck {
  const m = /^(\d{10,15})\.([\w-]{43})$/.exec(token);
  if (!m || !nonce) return 'invalid';
  const issued = Number(m[1]);
  const want = Buffer.from(mac(secret, nonce, issued));
  const got = Buffer.from(m[2]!);
  if (want.length !== got.length || !crypto.timingSafeEqual(want, got)) return 'invalid';
  const age = now.getTime() - issued;
  if (age < MIN_FILL_MS) return 'too-fast';
  if (age > MAX_FORM_AGE_MS) return 'expired';
  return 'ok';
}

/**
 * The key a sender is rate-limited under: a keyed hash of their address group (the address
 * itself is never stored with the message, nor in the limit's table).
 */
export function senderKey(secret: string, addressGroup: string): string {
  return `gop-y:${crypto.createHmac('sha256', secret).update(addressGroup).digest('base64url').slice(0, 22)}`;
}
