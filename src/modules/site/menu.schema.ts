import { z } from 'zod';
import { checkboxField, textField } from '../../lib/schema.ts';
import { checkLinkUrl } from '../../lib/url.ts';
import { MENU_KINDS, type MenuKind } from './menu.ts';
import { SITE_MESSAGES as M } from './site.messages.ts';

const optionalId = z.preprocess(
  (v) => (v === '' || v === undefined ? null : v),
  z.coerce.number().int().positive().max(2_147_483_647).nullable(),
);

/** A menu entry as posted by the editor; the target fields are checked against the kind. */
export const menuEntrySchema = z
  .object({
    label: textField(120),
    kind: z.enum(MENU_KINDS.map((k) => k.id) as [MenuKind, ...MenuKind[]], {
      message: M['site.link_kind_required'],
    }),
    sectionId: optionalId,
    pageId: optionalId,
    url: z.string().default(''),
    parentId: optionalId,
    newTab: checkboxField,
  })
  .transform((v, ctx) => {
    let url = '';
    if (v.kind === 'url') {
      const r = checkLinkUrl(v.url, { allowPath: true });
      if (!r.ok) ctx.addIssue({ code: 'custom', path: ['url'], message: r.message });
      else url = r.url;
    }
    if (v.kind === 'section' && !v.sectionId)
      ctx.addIssue({ code: 'custom', path: ['sectionId'], message: M['site.section_required'] });
    if (v.kind === 'page' && !v.pageId)
      ctx.addIssue({ code: 'custom', path: ['pageId'], message: M['site.page_required'] });
    const targetId = v.kind === 'section' ? v.sectionId : v.kind === 'page' ? v.pageId : null;
    return { label: v.label, kind: v.kind, targetId, url, parentId: v.parentId, newTab: v.newTab };
  });
