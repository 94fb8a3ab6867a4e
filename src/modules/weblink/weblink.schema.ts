import { z } from 'zod';
import { checkboxField, linkUrlField, textField } from '../../lib/schema.ts';

/** A web link as posted by the admin: an absolute http(s) address only. */
export const linkFormSchema = z.object({
  groupId: z.coerce
    .number({ message: 'Hãy chọn nhóm liên kết.' })
    .int()
    .positive('Hãy chọn nhóm liên kết.')
    .max(2_147_483_647, 'Hãy chọn nhóm liên kết.'),
  title: textField(200, 'Vui lòng nhập tên liên kết.'),
  url: linkUrlField(),
  newTab: checkboxField,
  active: checkboxField,
});

export type LinkForm = z.infer<typeof linkFormSchema>;

/** A link group's name. */
export const groupFormSchema = z.object({
  name: textField(120, 'Vui lòng nhập tên nhóm.'),
});
