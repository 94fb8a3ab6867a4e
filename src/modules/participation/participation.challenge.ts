import crypto from 'node:crypto';
import { createChallenge, extractParams, verifySolution } from 'altcha-lib/v1';

/**
 * The contact form's challenge, with no third party: a proof of work the reader's browser solves
 * by itself (ALTCHA's scheme through `altcha-lib`: find the number whose SHA-256 with the salt is
 * the challenge; about a second of a browser's time, costly for a robot sending thousands), and,
 * for a browser without script, a small sum to answer. Either one passes. Both are bound to the
 * form: the proof to the browser's form cookie, the sum to the form token.
 */

/** How many numbers the browser may have to try. */
export const POW_MAX = 50_000;
/** How long a solved challenge stays good (the form token lives longer; a reload gives a new one). */
const POW_TTL_MS = 12 * 3600_000;

const keyed = (secret: string, label: string, text: string) =>
  crypto.createHmac('sha256', secret).update(`${label}.${text}`).digest();

const powKey = (secret: string) => keyed(secret, 'pow-key', '').toString('base64url');
const bindingOf = (secret: string, nonce: string) =>
  keyed(secret, 'pow-bind', nonce).toString('base64url').slice(0, 22);

/** What the form carries for the browser to solve (JSON in a data attribute). */
export interface PowChallenge {
  algorithm: string;
  challenge: string;
  maxnumber: number;
  salt: string;
  signature: string;
}

/** A new challenge for one showing of the form, bound to the browser's form cookie. */
export async function powChallenge(
  secret: string,
  nonce: string,
  now: Date,
): Promise<PowChallenge> {
  const c = await createChallenge({
    hmacKey: powKey(secret),
    maxNumber: POW_MAX,
    params: { b: bindingOf(secret, nonce), t: String(now.getTime()) },
  });
  return {
    algorithm: c.algorithm,
    challenge: c.challenge,
    maxnumber: c.maxnumber ?? POW_MAX,
    salt: c.salt,
    signature: c.signature,
  };
}

/** Whether `payload` (base64 JSON the browser posts) solves a challenge of ours for this browser, in time. */
export async function checkPow(
  secret: string,
  nonce: string | undefined,
  payload: string,
  now: Date,
): Promise<boolean> {
  if (!nonce || !payload || payload.length > 1000 || !/^[A-Za-z0-9+/=]+$/.test(payload))
    return false;
  try {
    // The expiry is ours (the app's clock), not the library's.
    if (!(await verifySolution(payload, powKey(secret), false))) return false;
    const p = extractParams(payload);
    const issued = Number(p.t);
    const want = Buffer.from(bindingOf(secret, nonce));
    const got = Buffer.from(String(p.b ?? ''));
    if (want.length !== got.length || !crypto.timingSafeEqual(want, got)) return false;
    const age = now.getTime() - issued;
    return Number.isFinite(issued) && age >= -60_000 && age <= POW_TTL_MS;
  } catch {
    return false;
  }
}

/** The digits as the sum's question writes them. */
export const DIGIT_WORDS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];

/** The sum a reader without script answers: the same for one form token, never stored. */
export function sumQuestion(secret: string, token: string): { text: string; answer: number } {
  const h = keyed(secret, 'sum', token);
  const a = 2 + (h[0]! % 8);
  const b = 1 + (h[1]! % 9);
  const text = `${DIGIT_WORDS[a]![0]!.toUpperCase()}${DIGIT_WORDS[a]!.slice(1)} cộng ${DIGIT_WORDS[b]} bằng mấy?`;
  return { text, answer: a + b };
}

/** Whether `answer` (digits, spaces around allowed) is the sum of this form's question. */
export function checkSum(secret: string, token: string, answer: string): boolean {
  const m = /^\s*(\d{1,3})\s*$/.exec(answer);
  return Boolean(m) && Number(m![1]) === sumQuestion(secret, token).answer;
}
