import path from 'node:path';
import { z } from 'zod';
import type { LogLevel } from '../lib/log.ts';

/** Validated, frozen runtime configuration. Only this module reads `process.env`. */
export interface Config {
  readonly env: 'development' | 'production' | 'test';
  readonly port: number;
  readonly host: string;
  /** `sqlite:<file>` / a file path, or a `postgres://` URL. */
  readonly databaseUrl: string;
  readonly mediaDir: string;
  /**
   * The media store: the local disk at `mediaDir` (default), or an S3-compatible bucket that
   * several instances share (MEDIA_STORE=s3 and the S3_* variables).
   */
  readonly mediaStore: Readonly<
    | { kind: 'local'; dir: string }
    | {
        kind: 's3';
        endpoint?: string;
        bucket: string;
        region: string;
        prefix: string;
        accessKeyId?: string;
        secretAccessKey?: string;
        forcePathStyle: boolean;
        timeoutMs: number;
      }
  >;
  /** Where `npm run backup` (and the scheduled backups) write their archives. */
  readonly backupDir: string;
  /** Hours between scheduled backups (0: off; default 24 in production, else off). */
  readonly backupEveryHours: number;
  /** Scheduled backups kept: the newest of each of so many days, ISO weeks and months. */
  readonly backupKeep: Readonly<{ daily: number; weekly: number; monthly: number }>;
  /** Upload size limits per kind of file, in bytes. */
  readonly mediaLimits: Readonly<{ image: number; document: number; video: number }>;
  /** Public origin without trailing slash, used for canonical URLs and Open Graph. */
  readonly baseUrl: string;
  /**
   * Apply pending migrations at start (default for the embedded SQLite). Off (the PostgreSQL
   * default): instances refuse an unmigrated schema; `npm run migrate` runs them once.
   */
  readonly migrateAtStart: boolean;
  /** PostgreSQL statement timeout of the app's queries, in ms (a slow database fails fast). */
  readonly dbStatementTimeoutMs: number;
  /** SQLite: how long a write waits for a lock before failing, in ms. */
  readonly dbBusyTimeoutMs: number;
  /** Write demo content into an empty database at start. */
  readonly seedDemo: boolean;
  /** Lowest level written to the log (default info; silent under NODE_ENV=test unless set). */
  readonly logLevel: LogLevel;
  /** Reverse proxies in front of the app whose X-Forwarded-For is trusted (0: use the socket address). */
  readonly trustProxy: number;
  /** Outgoing e-mail (replies to readers, notices to units): an SMTP URL, or none (nothing sent). */
  readonly mail: Readonly<{ smtpUrl?: string; from: string }>;
  /**
   * The bearer token Prometheus sends to read /metrics from anywhere; unset: /metrics answers
   * only a scraper on this machine (loopback, no proxy header).
   */
  readonly metricsToken: string | undefined;
  /** The public page cache (modules/cache): on/off, memory budget, HTTP lifetimes, proxy purge. */
  readonly pageCache: Readonly<{
    enabled: boolean;
    /** Memory budget of the in-process page cache, in bytes. */
    maxBytes: number;
    /** Browser lifetime (max-age) of public pages, in seconds (0: revalidate each time, a 304 when unchanged). */
    maxAge: number;
    /** Shared-cache (CDN, reverse proxy) lifetime and stale-while-revalidate window, in seconds. */
    sharedMaxAge: number;
    /**
     * When the database is unavailable, pages cached at the epoch last read are still served
     * for this many seconds after that read (stale-if-error); 0: never.
     */
    staleIfError: number;
    /** Where to send purge requests when articles change (a CDN or reverse proxy), if any. */
    purgeUrl: string | undefined;
    purgeMethod: 'POST' | 'PURGE';
  }>;
}

const bool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const megabytes = (fallback: number) =>
  z.coerce
    .number({ message: 'must be a number of megabytes' })
    .positive()
    .max(4096)
    .default(fallback);

const MB = 1024 * 1024;

const count = (fallback: number) =>
  z.coerce.number({ message: 'must be a whole number' }).int().min(0).max(1000).default(fallback);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .min(1)
    .refine((v) => /^postgres(ql)?:\/\//.test(v) || !/^[a-z][a-z0-9+.-]*:\/\//i.test(v), {
      message: 'must be a postgres:// URL or a SQLite file path (sqlite:./data/portal.db)',
    })
    .default('sqlite:./data/portal.db'),
  MEDIA_DIR: z.string().min(1).default('./data/media'),
  MEDIA_STORE: z.enum(['local', 's3']).default('local'),
  S3_ENDPOINT: z
    .url({
      protocol: /^https?$/,
      message: 'must be the http(s) address of the S3-compatible store',
    })
    .optional(),
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, {
      message: 'must be a bucket name (3–63 lower-case letters, digits, dots and hyphens)',
    })
    .optional(),
  S3_REGION: z
    .string()
    .regex(/^[a-z0-9-]{2,40}$/, { message: 'must be a region such as us-east-1' })
    .default('us-east-1'),
  S3_PREFIX: z
    .string()
    .regex(/^([a-z0-9][a-z0-9_.-]*\/)*$/i, {
      message: 'must be a folder ending in / (portal/media/) or empty',
    })
    .default(''),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: bool.optional(),
  S3_TIMEOUT_MS: z.coerce
    .number({ message: 'must be a number of milliseconds' })
    .int()
    .min(100)
    .max(600_000)
    .default(10_000),
  BACKUP_DIR: z.string().min(1).default('./data/backups'),
  BACKUP_EVERY_HOURS: z.coerce
    .number({ message: 'must be a number of hours (0: no scheduled backups)' })
    .int()
    .min(0)
    .max(24 * 31)
    .optional(),
  BACKUP_KEEP_DAILY: count(7),
  BACKUP_KEEP_WEEKLY: count(4),
  BACKUP_KEEP_MONTHLY: count(12),
  MEDIA_MAX_IMAGE_MB: megabytes(20),
  MEDIA_MAX_DOCUMENT_MB: megabytes(30),
  MEDIA_MAX_VIDEO_MB: megabytes(200),
  BASE_URL: z
    .url({
      protocol: /^https?$/,
      message: 'must be an http(s) URL such as https://dangbo.dienbien.vn',
    })
    .optional(),
  SEED_DEMO: bool.default(true),
  MIGRATE_AT_START: bool.optional(),
  DB_STATEMENT_TIMEOUT_MS: z.coerce
    .number({ message: 'must be a number of milliseconds' })
    .int()
    .min(100)
    .max(600_000)
    .default(10_000),
  DB_BUSY_TIMEOUT_MS: z.coerce
    .number({ message: 'must be a number of milliseconds' })
    .int()
    .min(0)
    .max(600_000)
    .default(5000),
  PAGE_STALE_IF_ERROR: z.coerce
    .number({ message: 'must be a number of seconds' })
    .int()
    .min(0)
    .max(7 * 86_400)
    .default(600),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).optional(),
  TRUST_PROXY: z
    .union([bool.transform((b) => (b ? 1 : 0)), z.coerce.number().int().min(0).max(10)], {
      message: 'must be true/false or the number of reverse proxies in front of the app (0–10)',
    })
    .default(0),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, { message: 'must be an smtp:// or smtps:// URL' })
    .optional(),
  MAIL_FROM: z.email({ message: 'must be an e-mail address' }).optional(),
  PAGE_CACHE: bool.default(true),
  PAGE_CACHE_MB: z.coerce
    .number({ message: 'must be a number of megabytes' })
    .min(1)
    .max(4096)
    .default(64),
  PAGE_MAX_AGE: z.coerce
    .number({ message: 'must be a number of seconds' })
    .int()
    .min(0)
    .max(86_400)
    .default(0),
  PAGE_SHARED_MAX_AGE: z.coerce
    .number({ message: 'must be a number of seconds' })
    .int()
    .min(0)
    .max(86_400)
    .default(60),
  PURGE_URL: z
    .url({ protocol: /^https?$/, message: 'must be an http(s) URL of the proxy purge endpoint' })
    .optional(),
  PURGE_METHOD: z.enum(['POST', 'PURGE']).default('POST'),
  METRICS_TOKEN: z
    .string()
    .regex(/^[\x21-\x7e]{24,200}$/, {
      message: 'must be 24 to 200 printable characters without spaces (e.g. openssl rand -hex 24)',
    })
    .optional(),
});

/** Thrown when the environment is invalid; `problems` lists every problem at once. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses an environment (default `process.env`) into a frozen Config, listing all problems. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema
    .superRefine((e, ctx) => {
      if (e.MEDIA_STORE === 's3' && !e.S3_BUCKET)
        ctx.addIssue({
          code: 'custom',
          path: ['S3_BUCKET'],
          message: 'is required when MEDIA_STORE=s3',
        });
      if (!e.S3_ACCESS_KEY_ID !== !e.S3_SECRET_ACCESS_KEY)
        ctx.addIssue({
          code: 'custom',
          path: [e.S3_ACCESS_KEY_ID ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID'],
          message:
            "S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together (or neither: the SDK's usual sources)",
        });
    })
    .safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`),
    );
  }
  const e = parsed.data;
  const port = e.PORT;
  return Object.freeze({
    env: e.NODE_ENV,
    port,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    mediaDir: path.resolve(e.MEDIA_DIR),
    mediaStore: Object.freeze(
      e.MEDIA_STORE === 's3'
        ? {
            kind: 's3' as const,
            endpoint: e.S3_ENDPOINT?.replace(/\/+$/, ''),
            bucket: e.S3_BUCKET!,
            region: e.S3_REGION,
            prefix: e.S3_PREFIX,
            accessKeyId: e.S3_ACCESS_KEY_ID,
            secretAccessKey: e.S3_SECRET_ACCESS_KEY,
            // On-premise stores and most Vietnamese clouds want path-style addresses.
            forcePathStyle: e.S3_FORCE_PATH_STYLE ?? e.S3_ENDPOINT !== undefined,
            timeoutMs: e.S3_TIMEOUT_MS,
          }
        : { kind: 'local' as const, dir: path.resolve(e.MEDIA_DIR) },
    ),
    backupDir: path.resolve(e.BACKUP_DIR),
    backupEveryHours: e.BACKUP_EVERY_HOURS ?? (e.NODE_ENV === 'production' ? 24 : 0),
    backupKeep: Object.freeze({
      daily: e.BACKUP_KEEP_DAILY,
      weekly: e.BACKUP_KEEP_WEEKLY,
      monthly: e.BACKUP_KEEP_MONTHLY,
    }),
    mediaLimits: Object.freeze({
      image: Math.round(e.MEDIA_MAX_IMAGE_MB * MB),
      document: Math.round(e.MEDIA_MAX_DOCUMENT_MB * MB),
      video: Math.round(e.MEDIA_MAX_VIDEO_MB * MB),
    }),
    baseUrl: (e.BASE_URL ?? `http://localhost:${port}`).replace(/\/+$/, ''),
    migrateAtStart: e.MIGRATE_AT_START ?? !/^postgres(ql)?:\/\//.test(e.DATABASE_URL),
    dbStatementTimeoutMs: e.DB_STATEMENT_TIMEOUT_MS,
    dbBusyTimeoutMs: e.DB_BUSY_TIMEOUT_MS,
    seedDemo: e.SEED_DEMO,
    logLevel: e.LOG_LEVEL ?? (e.NODE_ENV === 'test' ? 'silent' : 'info'),
    trustProxy: e.TRUST_PROXY,
    metricsToken: e.METRICS_TOKEN,
    mail: Object.freeze({
      smtpUrl: e.SMTP_URL,
      from:
        e.MAIL_FROM ??
        `no-reply@${new URL(e.BASE_URL ?? 'http://localhost').hostname.replace(/^www\./, '')}`,
    }),
    pageCache: Object.freeze({
      enabled: e.PAGE_CACHE,
      maxBytes: Math.round(e.PAGE_CACHE_MB * MB),
      maxAge: e.PAGE_MAX_AGE,
      sharedMaxAge: e.PAGE_SHARED_MAX_AGE,
      staleIfError: e.PAGE_STALE_IF_ERROR,
      purgeUrl: e.PURGE_URL?.replace(/\/+$/, ''),
      purgeMethod: e.PURGE_METHOD,
    }),
  });
}
