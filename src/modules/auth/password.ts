import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { fold } from '../../lib/text.ts';
import { AUTH_MESSAGES as M } from './auth.messages.ts';

// Argon2id (the library's default algorithm) with OWASP's recommended cost.
const ARGON2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Hashes a password with argon2id. */
export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFC'), ARGON2);
}

/** Checks a password against a stored argon2 hash (false for a malformed hash). */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password.normalize('NFC'));
  } catch {
    return false;
  }
}

/** A hash to verify against when the account does not exist, so timing does not reveal it. */
export const DUMMY_HASH_PROMISE = hashPassword('không-có-tài-khoản-này-0');

const COMMON = new Set<string>([
  ...dictionary['passwords-common'],
  // Common Vietnamese choices the English list misses.
  'matkhau',
  'matkhau123',
  'matkhau@123',
  'anhyeuem',
  'emyeuanh',
  'vietnam',
  'vietnam123',
  'dienbien',
  'dienbienphu',
  'dienbien123',
  'tinhuy',
  'tinhuydienbien',
  'quantri',
  'quantri123',
  'admin@123',
  'abc@123',
  '123456a@',
  'a123456',
  'qwerty@123',
]);

/** Whether a password is a well-known one (also with a trailing year, digit run or symbol). */
export function isCommonPassword(password: string): boolean {
  const p = fold(password).replace(/\s+/g, '');
  if (COMMON.has(p)) return true;
  const stripped = p.replace(/[\d!@#$%^&*.?_-]+$/, '');
  return stripped.length >= 4 && COMMON.has(stripped);
}

function classes(p: string): number {
  return [/[a-zà-ỹđ]/u, /[A-ZÀ-ỸĐ]/u, /\d/, /[^\p{L}\d]/u].filter((re) => re.test(p)).length;
}

/**
 * Checks a new password against the national baseline: at least 14 characters of at least
 * three classes without a second factor, at least 8 with one; never a well-known password,
 * never containing the username. Returns a Vietnamese message, or undefined when it is fine.
 */
export function passwordProblem(
  password: string,
  opts: { secondFactor: boolean; username?: string },
): string | undefined {
  const min = opts.secondFactor ? 8 : 14;
  if ([...password].length < min) {
    return opts.secondFactor
      ? M['auth.password_too_short'](min)
      : M['auth.password_too_short_without_totp'](min);
  }
  if ([...password].length > 200) return M['auth.password_too_long'];
  if (classes(password) < 3) return M['auth.password_weak'];
  if (isCommonPassword(password)) return M['auth.password_common'];
  if (opts.username && opts.username.length >= 3 && fold(password).includes(fold(opts.username))) {
    return M['auth.password_has_username'];
  }
  return undefined;
}
