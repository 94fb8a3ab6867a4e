import { describe, expect, it } from 'vitest';
import { checkFormToken, issueFormToken, senderKey } from './participation.spam.ts';

describe('form token', () => {
  const secret = 'x'.repeat(43);
  const t0 = new Date('2026-12-07T02:00:00Z');
  const later = (ms: number) => new Date(t0.getTime() + ms);

  it('accepts a token of this browser after a human delay', () => {
    const tok = issueFormToken(secret, 'nonce-a', t0);
    expect(checkFormToken(secret, 'nonce-a', tok, later(10_000))).toBe('ok');
  });
  it('refuses another browser’s token, a forged one, an early and a stale one', () => {
    const tok = issueFormToken(secret, 'nonce-a', t0);
    expect(checkFormToken(secret, 'nonce-b', tok, later(10_000))).toBe('invalid');
    expect(checkFormToken(secret, undefined, tok, later(10_000))).toBe('invalid');
    expect(
      checkFormToken(
        secret,
        'nonce-a',
        `${t0.getTime() - 60_000}.${tok.split('.')[1]}`,
        later(10_000),
      ),
    ).toBe('invalid');
    expect(checkFormToken(secret, 'nonce-a', 'rác', later(10_000))).toBe('invalid');
    expect(checkFormToken(secret, 'nonce-a', tok, later(500))).toBe('too-fast');
    expect(checkFormToken(secret, 'nonce-a', tok, later(13 * 3600_000))).toBe('expired');
  });
  it('keys senders by a hash, never by their address', () => {
    const k = senderKey(secret, '203.0.113.0/24');
    expect(k).not.toContain('203.0.113');
    expect(k).toBe(senderKey(secret, '203.0.113.0/24'));
  });
});
