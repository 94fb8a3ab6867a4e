import { describe, expect, it } from 'vitest';
import type { Account, Role } from '../account/account.ts';
import {
  authorityText,
  availableDocTransitions,
  canEditDocument,
  documentSlug,
  formalLine,
  nextDocStatus,
  publishRefusal,
  type DocumentStatus,
} from './document.ts';
import { fieldTree, withDescendants } from './document.service.ts';

const as = (role: Role, disabled = false) =>
  ({
    role,
    allSections: false,
    sectionIds: [],
    disabledAt: disabled ? new Date() : null,
  }) as unknown as Account;

describe('document workflow rules', () => {
  it('gives each role its steps', () => {
    expect(availableDocTransitions(as('reporter'), 'draft')).toEqual(['submit']);
    expect(availableDocTransitions(as('editor'), 'review')).toEqual(['return', 'approve']);
    expect(availableDocTransitions(as('approver'), 'approved')).toEqual(['return', 'publish']);
    expect(availableDocTransitions(as('approver'), 'published')).toEqual(['correct', 'withdraw']);
    expect(availableDocTransitions(as('admin'), 'review')).toEqual([]);
    expect(availableDocTransitions(as('approver', true), 'approved')).toEqual([]);
    expect(availableDocTransitions(as('reporter'), 'withdrawn')).toEqual([]);
  });
  it('moves the status', () => {
    const steps: [DocumentStatus, Parameters<typeof nextDocStatus>[1], DocumentStatus][] = [
      ['draft', 'submit', 'review'],
      ['review', 'approve', 'approved'],
      ['approved', 'publish', 'published'],
      ['published', 'correct', 'published'],
      ['published', 'withdraw', 'withdrawn'],
      ['review', 'return', 'draft'],
    ];
    for (const [from, t, to] of steps) expect(nextDocStatus(from, t)).toBe(to);
  });
  it('lets a reporter edit only their own draft; a published record only by correction', () => {
    expect(canEditDocument(as('reporter'), { status: 'draft', createdBy: 7 }, 7)).toBe(true);
    expect(canEditDocument(as('reporter'), { status: 'draft', createdBy: 8 }, 7)).toBe(false);
    expect(canEditDocument(as('reporter'), { status: 'review', createdBy: 7 }, 7)).toBe(false);
    expect(canEditDocument(as('editor'), { status: 'published', createdBy: 7 }, 7)).toBe(false);
    expect(canEditDocument(as('approver'), { status: 'published', createdBy: 7 }, 7)).toBe(true);
    expect(canEditDocument(as('approver'), { status: 'withdrawn', createdBy: 7 }, 7)).toBe(false);
  });
  it('refuses to publish anything but "Công khai", naming the scope', () => {
    expect(publishRefusal({ scope: 'public' })).toBeUndefined();
    for (const [scope, label] of [
      ['secret', 'Mật'],
      ['top-secret', 'Tối mật'],
      ['ultra-secret', 'Tuyệt mật'],
      ['internal', 'Lưu hành nội bộ'],
    ] as const)
      expect(publishRefusal({ scope })).toContain(`“${label}”`);
  });
});

describe('document display', () => {
  it('writes the formal line with padded day and early months', () => {
    expect(formalLine('Hà Nội', '2026-01-05')).toBe('Hà Nội, ngày 05 tháng 01 năm 2026');
    expect(formalLine('Điện Biên Phủ', '2025-12-20')).toBe(
      'Điện Biên Phủ, ngày 20 tháng 12 năm 2025',
    );
    expect(formalLine('', '2025-04-09')).toBe('Ngày 09 tháng 4 năm 2025');
  });
  it('writes the authority the Party or the state way', () => {
    expect(authorityText('TM', 'party')).toBe('T/M');
    expect(authorityText('KT', 'state')).toBe('KT.');
    expect(authorityText('', 'party')).toBe('');
  });
  it('slugs type and number', () => {
    expect(documentSlug('Quy chế', '09-QC/TW')).toBe('quy-che-09-qc-tw');
    expect(documentSlug('Quyết định', '01/2026/QĐ-UBND')).toBe('quyet-dinh-01-2026-qd-ubnd');
  });
  it('orders fields as a tree and finds a field with its children', () => {
    const tree = fieldTree([
      { id: 3, name: 'Con', parentId: 1 },
      { id: 1, name: 'Gốc', parentId: null },
      { id: 2, name: 'Khác', parentId: null },
      { id: 4, name: 'Cháu', parentId: 3 },
    ]);
    expect(tree.map((f) => [f.id, f.depth])).toEqual([
      [1, 0],
      [3, 1],
      [4, 2],
      [2, 0],
    ]);
    expect(withDescendants(tree, 1).sort()).toEqual([1, 3, 4]);
  });
});
