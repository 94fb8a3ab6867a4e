import { z } from 'zod';
import { linkUrlField, textField } from '../../lib/schema.ts';
import type { SiteSettings } from './site.ts';
import { SITE_MESSAGES as M } from './site.messages.ts';

/** The general settings form (names, footer fields, social links, visitor total offset). */
export const settingsFormSchema = z.object({
  siteName: textField(200, M['site.name_required']),
  shortName: textField(80, M['site.short_name_required']),
  slogan: textField(200),
  ownerAgency: textField(200),
  responsiblePerson: textField(200),
  licence: textField(400),
  address: textField(300),
  phone: textField(40).pipe(z.string().regex(/^[0-9 +().-]*$/, M['site.bad_phone'])),
  email: textField(200).pipe(z.union([z.literal(''), z.email(M['site.bad_email'])])),
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
