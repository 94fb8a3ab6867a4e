/**
 * Lấy ý kiến dự thảo: the pure rules. A draft is a document whose effect is "Dự thảo"
 * (document.ts EFFECTS 'draft'); a consultation opens it for comments per section between two
 * instants, shown and entered in Vietnam time.
 */

/** The stances a reader takes on a section (the VNeID set). */
export const STANCES = {
  'tan-thanh': 'Tán thành',
  'khong-tan-thanh': 'Không tán thành',
  'mot-phan': 'Đồng ý một phần',
} as const;
export type Stance = keyof typeof STANCES;

/** Who comments (đối tượng, as VNeID asks). */
export const GROUPS = {
  'can-bo-dang-vien': 'Cán bộ, đảng viên',
  'nhan-dan': 'Nhân dân',
  'to-chuc': 'Tổ chức',
} as const;
export type Group = keyof typeof GROUPS;

/** Moderation states of a response. */
export const RESPONSE_STATUSES = {
  moi: 'Chưa xem',
  'hop-le': 'Hợp lệ',
  loai: 'Loại (không hợp lệ)',
} as const;
export type ResponseStatus = keyof typeof RESPONSE_STATUSES;

export const isStance = (s: string): s is Stance => Object.hasOwn(STANCES, s);
export const isGroup = (s: string): s is Group => Object.hasOwn(GROUPS, s);
export const isResponseStatus = (s: string): s is ResponseStatus =>
  Object.hasOwn(RESPONSE_STATUSES, s);

/** The consent version for a commenter's name and contact. */
export const CONSULTATION_CONSENT_VERSION = 'v1-2026-12';
export const CONSULTATION_CONSENT_TEXT =
  'Tôi đồng ý để đơn vị lấy ý kiến lưu họ tên và thông tin liên hệ tôi ghi ở trên, chỉ để liên hệ làm rõ ý kiến của tôi về dự thảo này; dữ liệu không công khai và được xóa khi hết thời hạn lưu giữ sau khi kết thúc đợt lấy ý kiến.';

/** A consultation as stored, with its document's public fields. */
export interface Consultation {
  id: number;
  documentId: number;
  opensAt: Date;
  closesAt: Date;
  unitName: string;
  unitEmail: string;
  unitAddress: string;
  rules: string;
  createdAt: Date;
  updatedAt: Date;
}

/** A section of the draft. */
export interface ConsultationSection {
  id: number;
  label: string;
  title: string;
  position: number;
}

/** A reader's response, as the back office sees it. */
export interface ConsultationResponse {
  id: number;
  sectionId: number;
  sectionLabel: string;
  stance: Stance;
  body: string;
  group: Group;
  name: string;
  contact: string;
  consent: string | null;
  status: ResponseStatus;
  category: string;
  createdAt: Date;
}

/** Where a consultation stands at `now`. */
export type WindowState = 'upcoming' | 'open' | 'closed';

/** Open from `opensAt` (inclusive) to `closesAt` (exclusive). */
export function windowState(c: Pick<Consultation, 'opensAt' | 'closesAt'>, now: Date): WindowState {
  const t = now.getTime();
  if (t < c.opensAt.getTime()) return 'upcoming';
  if (t >= c.closesAt.getTime()) return 'closed';
  return 'open';
}

/** One count of the summary: a section × stance × group cell. */
export interface CountRow {
  sectionId: number;
  stance: string;
  group: string;
  n: number;
}

/** Counts per section and stance (all groups), with a zero for every missing cell. */
export function stanceTotals(
  sections: Pick<ConsultationSection, 'id'>[],
  rows: CountRow[],
): Map<number, Record<Stance, number> & { total: number }> {
  const out = new Map<number, Record<Stance, number> & { total: number }>();
  for (const s of sections)
    out.set(s.id, { 'tan-thanh': 0, 'khong-tan-thanh': 0, 'mot-phan': 0, total: 0 });
  for (const r of rows) {
    const cell = out.get(r.sectionId);
    if (!cell || !isStance(r.stance)) continue;
    cell[r.stance] += r.n;
    cell.total += r.n;
  }
  return out;
}

/** The public path of a consultation: /lay-y-kien/<id>. */
export const consultationPath = (c: Pick<Consultation, 'id'>): string => `/lay-y-kien/${c.id}`;
