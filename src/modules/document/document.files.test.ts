import { describe, expect, it } from 'vitest';
import { textPdf } from '../../../test/support/document-fixtures.ts';
import type { FileStorage } from '../../storage/storage.ts';
import { inspectFile } from './document.files.ts';
import { documentService } from './document.service.ts';
import type { DocumentRepository } from './document.repository.ts';
import type { DocumentForm } from './document.schema.ts';

/** A save that fails after its file was stored leaves no orphan, and never removes a shared file. */
describe('document file storage on a failed save', () => {
  const form = {
    number: '09-QC/TW',
    numberReason: '',
    typeId: 1,
    issuerId: 1,
    signerName: '',
    signerTitle: '',
    signerAuthority: '',
    issuedOn: '2026-01-05',
    effectiveOn: null,
    expiresOn: null,
    effect: 'in-force',
    summary: 'Thử',
    body: '',
    scope: 'public',
    source: '',
    fieldIds: [],
    relations: [],
  } as unknown as DocumentForm;
  const repo = {
    types: async () => [{ id: 1, name: 'Quy chế' }],
    issuers: async () => [{ id: 1, name: 'BCH TW', place: 'Hà Nội', code: 'TW' }],
    fields: async () => [],
    existing: async () => [],
  } as unknown as DocumentRepository;

  function setup(initial: string[]) {
    const keys = new Set(initial);
    const storage = {
      has: async (k: string) => keys.has(k),
      put: async (k: string) => void keys.add(k),
      remove: async (k: string) => void keys.delete(k),
      get: async () => undefined,
    } as unknown as FileStorage;
    const svc = documentService({
      repo,
      storage,
      tx: async () => {
        throw new Error('database down');
      },
      clock: () => new Date('2026-01-05T00:00:00Z'),
    });
    return { keys, svc };
  }
  const actor = { id: 1, name: 'x', ip: '', userAgent: '' };
  const account = { id: 1 } as never;
  const pdf = textPdf([['MOT TRANG']]);

  it('removes the file it stored', async () => {
    const { keys, svc } = setup([]);
    await expect(svc.create(actor, account, form, [{ name: 'a.pdf', data: pdf }])).rejects.toThrow(
      'database down',
    );
    expect([...keys]).toEqual([]);
  });

  it('keeps a file that was already stored (another document has the same bytes)', async () => {
    const k = (await inspectFile(pdf))!.key;
    const { keys, svc } = setup([k]);
    await expect(
      svc.create(actor, account, form, [{ name: 'a.pdf', data: pdf }]),
    ).rejects.toThrow();
    expect([...keys]).toEqual([k]);
  });
});
