import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRANSITION_LABELS } from '../newsroom/workflow.ts';
import { AUDIT_ACTIONS, actionLabel, auditActionGroups, isAuditAction } from './audit.ts';

const SRC = path.join(process.cwd(), 'src');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** What the placeholders of the action codes built from templates stand for. */
const EXPANSIONS: Record<string, readonly string[]> = {
  t: Object.keys(TRANSITION_LABELS),
  kind: ['logo', 'favicon'],
  image: ['logo', 'favicon', 'header'],
};

function expand(code: string): string[] {
  const m = /\$\{(\w+)\}/.exec(code);
  if (!m) return [code];
  const values = EXPANSIONS[m[1]!];
  if (!values) throw new Error(`No expansion for \${${m[1]}} in ${code}: add it to EXPANSIONS`);
  return values.flatMap((v) => expand(code.replace(m[0], v)));
}

/** Permission names (account.policy.ts) share the look of action codes but are not written. */
const PERMISSIONS = new Set(
  [
    ...fs
      .readFileSync(path.join(SRC, 'modules/account/account.policy.ts'), 'utf8')
      .matchAll(/\|\s*'([a-z]+\.[a-z_]+)'/g),
  ].map((m) => m[1]!),
);

/**
 * Every action code the code writes: the literal argument of an audit call (`.record(actor,
 * 'x.y'`, `auditAnonymous(actor, 'x.y'`, the auth helpers `fail(…, 'x.y')` and `record('x.y'`),
 * the settings' `update(actor, patch, 'x.y')`, and a default value of an `AuditAction` parameter. (The type system also refuses an
 * unlisted code: `record` takes an `AuditAction`.)
 */
function writtenCodes(): Map<string, string> {
  const out = new Map<string, string>();
  const patterns = [
    /\.record\(\s*[^,()]+(?:\([^()]*\))?[^,]*,\s*(['`])([^'`]+)\1/g,
    /auditAnonymous\(\s*[^,]+,\s*(['`])([^'`]+)\1/g,
    /\bfail\(\s*[^,]+,\s*[^,]+,\s*(['`])([^'`]+)\1/g,
    /\brecord\(\s*(['`])([^'`]+)\1/g,
    /:\s*AuditAction\s*=\s*(['`])([^'`]+)\1/g,
    /\bupdate\(\s*actor,\s*[^,]+,\s*(['`])([^'`]+)\1/g,
  ];
  for (const file of sources(SRC)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const re of patterns)
      for (const m of text.matchAll(re)) {
        const code = m[2]!;
        if (!/^[a-z]+\.[\w${}]+$/.test(code)) continue;
        for (const c of expand(code))
          if (!PERMISSIONS.has(c) || isAuditAction(c)) out.set(c, path.relative(SRC, file));
      }
  }
  return out;
}

describe('the audit action catalogue', () => {
  it('has a Vietnamese label for every action code written anywhere in src/', () => {
    const written = writtenCodes();
    // The scan sees the audit calls (a broken pattern would pass vacuously).
    expect(written.size).toBeGreaterThan(50);
    for (const code of ['article.publish', 'article.return', 'settings.logo_updated', 'auth.login'])
      expect(written.has(code), code).toBe(true);
    const missing = [...written].filter(([code]) => !isAuditAction(code));
    expect(missing, 'codes without a label in AUDIT_ACTIONS').toEqual([]);
  });

  it('labels every workflow step, and every label is Vietnamese text distinct from the others', () => {
    for (const t of Object.keys(TRANSITION_LABELS))
      expect(isAuditAction(`article.${t}`), `article.${t}`).toBe(true);
    const labels = Object.values(AUDIT_ACTIONS);
    expect(new Set(labels).size).toBe(labels.length);
    for (const l of labels) {
      expect(l).toBe(l.normalize('NFC'));
      expect(l).not.toMatch(/^[a-z_.]+$/);
    }
    expect(actionLabel('article.publish')).toBe('Xuất bản bài');
    expect(actionLabel('old.code')).toBe('old.code');
  });

  it('groups every action for the viewer, each group named', () => {
    const groups = auditActionGroups();
    expect(groups.flatMap((g) => g.actions.map(([c]) => c)).sort()).toEqual(
      Object.keys(AUDIT_ACTIONS).sort(),
    );
    expect(groups.map((g) => g.label)).not.toContain('Khác');
    expect(groups[0]).toMatchObject({ label: 'Bài viết' });
  });
});
