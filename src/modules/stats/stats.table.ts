import type { Generated } from 'kysely';

/** `stat_day`: visits and page views per day (day cut at midnight Asia/Ho_Chi_Minh). */
export interface StatDayTable {
  day: string;
  visits: Generated<number>;
  pageViews: Generated<number>;
}
