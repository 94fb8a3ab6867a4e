import { z } from 'zod';
import { linkUrlField, textField } from '../../lib/schema.ts';
import type { SiteSettings } from './site.ts';
import { SITE_MESSAGES as M } from './site.messages.ts';

const PHONE = /^[0-9 +().-]*$/;
const EMAIL = z.email();

/**
 * The contact points, one a line "Name | phone | email": each line needs a name, a phone made of
 * digits and + ( ) . - and a valid address when given; at most 20 lines. Stored normalised.
 */
const contactPointsField = z
  .string()
  .default('')
  .transform((raw, ctx) => {
    const lines = raw
      .normalize('NFC')
      .split(/\r?\n/)
      .map((l) => l.split('|').map((p) => p.replace(/\s+/g, ' ').trim()))
      .filter((parts) => parts.some(Boolean));
    const problem = (message: string) => {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    };
    if (lines.length > 20) return problem(M['site.contact_points_many']);
    const out: string[] = [];
    for (const [n, parts] of lines.entries()) {
      const [name = '', phone = '', email = ''] = parts;
      const line = n + 1;
      if (parts.length > 3 || !name || name.length > 200 || phone.length > 40 || email.length > 200)
        return problem(M['site.contact_point_bad'](line));
      if (!PHONE.test(phone)) return problem(M['site.contact_point_phone'](line));
      if (email && !EMAIL.safeParse(email).success)
        return problem(M['site.contact_point_email'](line));
      out.push([name, phone, email].join(' | ').replace(/( \| )+$/, ''));
    }
    return out.join('\n');
  });

/** Days ahead the public schedule shows: '' → -1 (no limit), else 0–365. */
const daysAheadField = z
  .string()
  .default('')
  .transform((raw, ctx) => {
    const s = raw.trim();
    if (s === '') return -1;
    if (!/^\d{1,3}$/.test(s) || Number(s) > 365) {
      ctx.addIssue({ code: 'custom', message: M['site.bad_days_ahead'] });
      return z.NEVER;
    }
    return Number(s);
  });

/** The general settings form (names, footer fields, social links, visitor total offset). */
export const settingsFormSchema = z.object({
  siteName: textField(200, M['site.name_required']),
  shortName: textField(80, M['site.short_name_required']),
  slogan: textField(200),
  ownerAgency: textField(200),
  responsiblePerson: textField(200),
  licence: textField(400),
  address: textField(300),
  phone: textField(40).pipe(z.string().regex(PHONE, M['site.bad_phone'])),
  email: textField(200).pipe(z.union([z.literal(''), z.email(M['site.bad_email'])])),
  hotline: textField(40).pipe(z.string().regex(PHONE, M['site.bad_phone'])),
  contactPoints: contactPointsField,
  scheduleDaysAhead: daysAheadField,
  socialFacebook: linkUrlField({ optional: true }),
  socialYoutube: linkUrlField({ optional: true }),
  socialZalo: linkUrlField({ optional: true }),
  socialTiktok: linkUrlField({ optional: true }),
  visitorTotalOffset: z
    .string()
    .default('0')
    .transform((s) => s.replace(/[\s.]/g, '') || '0')
    .pipe(z.string().regex(/^\d{1,13}$/, M['site.bad_count']))
    .transform(Number),
});

/** The fields of the general settings form. */
export type SettingsForm = z.infer<typeof settingsFormSchema>;

/** Fields the settings form edits (the rest have their own pages). */
export const SETTINGS_FORM_KEYS = Object.keys(settingsFormSchema.shape) as (keyof SettingsForm &
  keyof SiteSettings)[];

/** The Liên kết web display choice. */
export const linksDisplaySchema = z.object({
  linksDisplay: z.enum(['list', 'select'], { message: M['site.links_display_required'] }),
});
