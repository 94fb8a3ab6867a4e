/** Shapes of the demo content written into an empty database (see seed.ts). */

/** One block of an article body, in reading order. */
export type DemoBlock =
  | { type: 'p'; text: string }
  | { type: 'h2'; text: string }
  | { type: 'quote'; text: string }
  | { type: 'ul'; items: string[] }
  | { type: 'figure'; image: string; caption: string; alt: string };

/** A demo article; `image` names a file in src/seed/media/. */
export interface DemoArticle {
  /** Slug of a seeded section, e.g. 'tin-trong-tinh'. */
  section: string;
  title: string;
  /** The lead (sapo), one or two sentences. */
  lead: string;
  body: DemoBlock[];
  /** Byline exactly as printed, e.g. 'Tin, ảnh: Minh Thùy'. */
  byline: string;
  /** Local posting time in Asia/Ho_Chi_Minh, 'YYYY-MM-DD HH:mm:ss'. */
  publishedAt: string;
  readCount: number;
  featured?: boolean;
  /** Featured image file name in src/seed/media/ and its caption/alt. */
  image: { file: string; caption: string; alt: string };
  tags: string[];
}

/** A static page (Giới thiệu …, Liên hệ – góp ý). */
export interface DemoPage {
  /** Slug of the parent section, e.g. 'gioi-thieu'. */
  section: string;
  slug: string;
  title: string;
  body: DemoBlock[];
}
