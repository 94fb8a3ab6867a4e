import { z } from 'zod';
import { checkboxField, linkUrlField, textField } from '../../lib/schema.ts';
import { WEBLINK_MESSAGES as M } from './weblink.messages.ts';

/** A web link as posted by the admin: an absolute http(s) address only. */
export const linkFormSchema = z.object({
  groupId: z.coerce
    .number({ message: M['weblink.group_required'] })
    .int()
    .positive(M['weblink.group_required'])
    .max(2_147_483_647, M['weblink.group_required']),
  title: textField(200, M['weblink.title_required']),
  url: linkUrlField(),
  newTab: checkboxField,
  active: checkboxField,
});

export type LinkForm = z.infer<typeof linkFormSchema>;

/** A link group's name. */
export const groupFormSchema = z.object({
  name: textField(120, M['weblink.group_name_required']),
});
