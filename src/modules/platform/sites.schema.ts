import { z } from 'zod';
import { SITES_MESSAGES as M } from './sites.messages.ts';

/** A posted text field: NFC, trimmed, at most `max` characters. */
const text = (max: number) =>
  z
    .string()
    .default('')
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().max(max, M['platform.too_long'](max)));

/** A posted address part: trimmed, lower case, without spaces, at most `max` characters. */
const lower = (max: number) =>
  z
    .string()
    .default('')
    .transform((s) => s.trim().toLowerCase())
    .pipe(z.string().max(max, M['platform.too_long'](max)));

/** How a site is reached: a path prefix on the province's host or its own host name. */
export const siteAddressSchema = z.object({
  address: z.enum(['prefix', 'host'], { message: M['platform.address_required'] }),
  pathPrefix: lower(100),
  host: lower(253),
});

/** The one-step form of a commune site: its unit, its address and its first admin. */
export const newSiteSchema = siteAddressSchema.extend({
  unitCode: z
    .string()
    .default('')
    .transform((s) => s.trim())
    .pipe(z.string().min(1, M['platform.unit_required']).max(10, M['platform.too_long'](10))),
  adminMode: z.enum(['new', 'existing']).default('new'),
  adminUsername: lower(40).pipe(z.string().min(1, M['platform.admin_required'])),
  adminFullName: text(120),
  adminEmail: text(200),
});

/** The edit form: the site's name and address. */
export const editSiteSchema = siteAddressSchema.extend({
  name: text(200).pipe(z.string().min(1, M['platform.name_required'])),
});

/** Suspending a site: the reason readers are shown. */
export const suspendSchema = z.object({
  reason: text(500).pipe(z.string().min(1, M['platform.reason_required'])),
});

export type SiteAddressInput = z.infer<typeof siteAddressSchema>;
export type NewSiteInput = z.infer<typeof newSiteSchema>;
export type EditSiteInput = z.infer<typeof editSiteSchema>;
