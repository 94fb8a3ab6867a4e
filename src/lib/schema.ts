import { z } from 'zod';
import { checkLinkUrl } from './url.ts';

/** A text field: NFC, trimmed, at most `max` characters; required when `requiredMessage` is given. */
export function textField(max: number, requiredMessage?: string) {
  return z
    .string()
    .default('')
    .transform((s) => s.normalize('NFC').replace(/\s+/g, ' ').trim())
    .pipe(
      requiredMessage
        ? z.string().min(1, requiredMessage).max(max, `Tối đa ${max} ký tự.`)
        : z.string().max(max, `Tối đa ${max} ký tự.`),
    );
}

/**
 * An address for a link: absolute http(s) only (or a path on this site when `allowPath`),
 * never javascript: or data:; empty allowed when `optional`. Messages are Vietnamese.
 */
export function linkUrlField(opts: { allowPath?: boolean; optional?: boolean } = {}) {
  return z
    .string()
    .default('')
    .transform((raw, ctx) => {
      if (opts.optional && raw.trim() === '') return '';
      const r = checkLinkUrl(raw, { allowPath: opts.allowPath });
      if (!r.ok) {
        ctx.addIssue({ code: 'custom', message: r.message });
        return z.NEVER;
      }
      return r.url;
    });
}

/** A checkbox: present ("on", "1", "true") means true. */
export const checkboxField = z.preprocess(
  (v) => v === 'on' || v === '1' || v === 'true' || v === true,
  z.boolean(),
);
