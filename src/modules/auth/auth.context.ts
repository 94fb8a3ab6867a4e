import type { Account } from '../account/account.ts';
import type { Session } from './auth.ts';

declare module '../../http/env.ts' {
  interface RequestVariables {
    /** The signed-in staff member of a back-office request (set by the staff guard). */
    staff: { session: Session; account: Account } | undefined;
  }
}
