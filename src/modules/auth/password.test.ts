import { describe, expect, it } from 'vitest';
import { hashPassword, isCommonPassword, passwordProblem, verifyPassword } from './password.ts';
import {
  currentTotp,
  hashRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  verifyTotp,
} from './totp.ts';

describe('password rules', () => {
  it('needs 14 characters of three classes without a second factor, 8 with one', () => {
    expect(passwordProblem('Ngắn1!', { secondFactor: false })).toContain('14');
    expect(passwordProblem('Bienthuy2024x', { secondFactor: false })).toContain('14');
    expect(passwordProblem('Bienthuy2024xy', { secondFactor: false })).toBeUndefined();
    expect(passwordProblem('Bienth2024', { secondFactor: true })).toBeUndefined();
    expect(passwordProblem('Bien24!', { secondFactor: true })).toContain('8');
    expect(passwordProblem('chuthuongdaimotchut', { secondFactor: false })).toContain(
      'ba trong bốn',
    );
  });

  it('refuses well-known passwords, with common suffixes too, and the username', () => {
    expect(isCommonPassword('password')).toBe(true);
    expect(isCommonPassword('Password2024!')).toBe(true);
    expect(isCommonPassword('matkhau@123')).toBe(true);
    expect(passwordProblem('Password123456!', { secondFactor: false })).toContain('phổ biến');
    expect(
      passwordProblem('Nguyenvana2024!x', { secondFactor: false, username: 'nguyenvana' }),
    ).toContain('tên đăng nhập');
    expect(isCommonPassword('Sông Đà mùa lũ 2025')).toBe(false);
  });

  it('hashes with argon2id and verifies', async () => {
    const h = await hashPassword('Mật khẩu rất dài 2026!');
    expect(h.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(h, 'Mật khẩu rất dài 2026!')).toBe(true);
    expect(await verifyPassword(h, 'Mật khẩu rất dài 2026?')).toBe(false);
    expect(await verifyPassword(h, 'Mật khẩu rất dài 2026!'.normalize('NFD'))).toBe(true);
    expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
  });
});

describe('TOTP (RFC 6238)', () => {
  const secret = newTotpSecret();
  const now = new Date('2026-11-27T08:00:10Z');

  it('accepts the current code and one step of drift, refuses others and replays', () => {
    const code = currentTotp(secret, now);
    const step = verifyTotp(secret, code, now, 0);
    expect(step).toBe(Math.floor(now.getTime() / 30_000));
    expect(verifyTotp(secret, code, now, step!)).toBeUndefined(); // replay
    expect(
      verifyTotp(secret, currentTotp(secret, new Date(now.getTime() - 30_000)), now, 0),
    ).toBeDefined();
    expect(
      verifyTotp(secret, currentTotp(secret, new Date(now.getTime() - 120_000)), now, 0),
    ).toBeUndefined();
    expect(verifyTotp(secret, 'abcdef', now, 0)).toBeUndefined();
  });

  it('matches the RFC 6238 test vector', () => {
    // Secret "12345678901234567890" in base32; at T=59 s the 8-digit code is 94287082 → 6 digits 287082.
    const rfcSecret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
    expect(currentTotp(rfcSecret, new Date(59_000))).toBe('287082');
  });

  it('makes ten distinct recovery codes and hashes them case-insensitively', () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    expect(codes[0]).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{2}$/);
    expect(hashRecoveryCode(codes[0]!.toUpperCase())).toBe(hashRecoveryCode(codes[0]!));
  });
});
