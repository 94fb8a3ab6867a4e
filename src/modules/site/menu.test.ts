import { describe, expect, it } from 'vitest';
import { derivedMainLinks, resolveEntry, type MenuEntry } from './menu.ts';
import type { PageLink, Section } from './site.ts';

const section = (id: number, slug: string, name: string, kind: Section['kind']): Section => ({
  id,
  parentId: null,
  slug,
  name,
  description: '',
  kind,
  position: id,
  showOnHome: false,
});

describe('Lấy ý kiến dự thảo in the main menu (#20)', () => {
  const sections = [
    section(1, 'tin-trong-tinh', 'Tin trong tỉnh', 'articles'),
    section(2, 'lien-he-gop-y', 'Liên hệ – góp ý', 'pages'),
  ];
  const pages: PageLink[] = [
    { id: 7, sectionId: 2, slug: 'thong-tin-lien-he', title: 'Thông tin liên hệ', position: 0 },
  ];

  it('the menu the sections give has it under "Liên hệ – góp ý", beside the contact page', () => {
    const links = derivedMainLinks(sections, pages);
    const contact = links.find((l) => l.href === '/lien-he-gop-y')!;
    expect(contact.children.map((c) => [c.label, c.href])).toEqual([
      ['Thông tin liên hệ', '/lien-he-gop-y/thong-tin-lien-he'],
      ['Lấy ý kiến dự thảo', '/lay-y-kien'],
    ]);
    // Other sections are unchanged (no submenu appears elsewhere).
    expect(links.find((l) => l.href === '/tin-trong-tinh')!.children).toEqual([]);
  });

  it('an edited menu can link it by kind', () => {
    const e: MenuEntry = {
      id: 1,
      menu: 'main',
      parentId: null,
      position: 0,
      label: '',
      kind: 'consultations',
      targetId: null,
      url: '',
      newTab: false,
    };
    expect(resolveEntry(e, sections, pages)).toEqual({
      label: 'Lấy ý kiến dự thảo',
      href: '/lay-y-kien',
    });
    expect(resolveEntry({ ...e, label: 'Góp ý dự thảo' }, sections, pages)?.label).toBe(
      'Góp ý dự thảo',
    );
  });
});
