import type { Account } from '../account/account.ts';
import type { Session } from './auth.ts';

declare module '../../http/env.ts' {
  interface RequestVariables {
    /**
     * The signed-in staff member of a back-office request (set by the staff guard): `siteId` is
     * the working site, and `account` carries its grant there (see account.ts `onSite`).
     */
    staff: { session: Session; account: Account; siteId: number } | undefined;
  }
}
