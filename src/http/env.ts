import type { Account } from '../modules/account/account.ts';
import type { Session } from '../modules/auth/auth.ts';
import type { EpochState } from '../modules/cache/cache.service.ts';

/** The signed-in staff member of a back-office request. */
export interface Staff {
  session: Session;
  account: Account;
}

/** Hono environment shared by every route: request id and, in the back office, the staff member. */
export interface AppEnv {
  Variables: {
    requestId: string;
    staff: Staff | undefined;
    /** The content epoch a public page request started at (page cache). */
    pageEpoch: EpochState | undefined;
  };
}
