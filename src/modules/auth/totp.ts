import crypto from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

const PERIOD = 30;

function totp(secret: string, issuer: string, label: string): TOTP {
  return new TOTP({
    issuer,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD,
    secret: Secret.fromBase32(secret),
  });
}

/** A new random TOTP secret (160 bits, base32). */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI an authenticator app enrols from. */
export function totpUri(secret: string, issuer: string, username: string): string {
  return totp(secret, issuer, username).toString();
}

/** The enrolment QR code as an inline SVG, drawn by the app itself (no external service). */
export function totpQrSvg(uri: string): Promise<string> {
  return QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, width: 220 });
}

/**
 * Checks a 6-digit code (RFC 6238, ±1 step of clock drift). Returns the time step the code
 * belongs to, or undefined; a step at or before `lastStep` is a replay and is refused.
 */
export function verifyTotp(
  secret: string,
  code: string,
  now: Date,
  lastStep: number,
): number | undefined {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return undefined;
  const delta = totp(secret, 'x', 'x').validate({ token, timestamp: now.getTime(), window: 1 });
  if (delta === null) return undefined;
  const step = Math.floor(now.getTime() / 1000 / PERIOD) + delta;
  return step > lastStep ? step : undefined;
}

/** The current code for a secret (used by tests and the create-admin self-check). */
export function currentTotp(secret: string, now: Date): string {
  return totp(secret, 'x', 'x').generate({ timestamp: now.getTime() });
}

/** Ten single-use recovery codes, "xxxx-xxxx-xx" from an unambiguous alphabet. */
export function newRecoveryCodes(): string[] {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  return Array.from({ length: 10 }, () => {
    const chars = Array.from(crypto.randomBytes(10), (b) => alphabet[b % alphabet.length]).join('');
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
  });
}

/** Hash of a recovery code as stored (codes are random, so a fast hash is enough). */
export function hashRecoveryCode(code: string): string {
  return crypto
    .createHash('sha256')
    .update(code.trim().toLowerCase().replace(/\s+/g, ''))
    .digest('hex');
}

/** The issuer shown by authenticator apps: the portal and the province ("Cổng TTĐT Đảng bộ tỉnh Điện Biên"). */
export function totpIssuer(provinceShortName: string): string {
  const name = provinceShortName.trim();
  return name ? `Cổng TTĐT ${name}` : 'Cổng TTĐT Đảng bộ';
}
