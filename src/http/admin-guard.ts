import type { Context } from 'hono';
import type { AppEnv, Staff } from './env.ts';
import { Forbidden } from './errors.ts';

/** The signed-in staff member of a back-office request (the staff guard ran before), or 403. */
export function requireStaff(c: Context<AppEnv>): Staff {
  const staff = c.get('staff');
  if (!staff) throw new Forbidden();
  return staff;
}

/** Reads a posted form (the guard already parsed and cached it); repeated fields become arrays. */
export async function formOf(
  c: Context<AppEnv>,
): Promise<Record<string, string | File | (string | File)[]>> {
  return c.req.parseBody({ all: true });
}

/** A posted text field ('' when absent or a file). */
export function formText(body: Record<string, unknown>, name: string): string {
  const v = body[name];
  return typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '';
}

/** A posted multi-value field as strings (checkbox lists). */
export function formList(body: Record<string, unknown>, name: string): string[] {
  const v = body[name];
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter(
    (x): x is string => typeof x === 'string',
  );
}
