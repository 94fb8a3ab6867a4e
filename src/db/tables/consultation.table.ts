import type { Generated } from 'kysely';

/** `consultation`: the comment window on a draft document (Lấy ý kiến dự thảo), one per document. */
export interface ConsultationTable {
  siteId: number;
  id: Generated<number>;
  documentId: number;
  /** Instants (ISO, UTC); entered and shown in Vietnam time. */
  opensAt: string;
  closesAt: string;
  /** The receiving unit, its e-mail and address (09-QC/TW, Điều 9). */
  unitName: string;
  unitEmail: Generated<string>;
  unitAddress: Generated<string>;
  /** How to comment (plain text). */
  rules: Generated<string>;
  createdAt: string;
  updatedAt: string;
}

/** `consultation_section`: a part of the draft readers comment on (Phần, Chương, Điều…). */
export interface ConsultationSectionTable {
  siteId: number;
  id: Generated<number>;
  consultationId: number;
  label: string;
  title: Generated<string>;
  position: Generated<number>;
}

/** `consultation_response`: one reader's comment on one section; never public, only counted. */
export interface ConsultationResponseTable {
  siteId: number;
  id: Generated<number>;
  consultationId: number;
  sectionId: number;
  /** 'tan-thanh' | 'khong-tan-thanh' | 'mot-phan'. */
  stance: string;
  body: Generated<string>;
  /** 'can-bo-dang-vien' | 'nhan-dan' | 'to-chuc'. */
  readerGroup: string;
  name: Generated<string>;
  contact: Generated<string>;
  /** The consent version for name and contact, or null when none was given. */
  consent: string | null;
  /** Keyed hash of day, address and browser: one response per reader and section per day. */
  reader: string;
  /** 'moi' | 'hop-le' | 'loai' (moderation). */
  status: Generated<string>;
  /** The issue group staff file it under (free text). */
  category: Generated<string>;
  createdAt: string;
}
