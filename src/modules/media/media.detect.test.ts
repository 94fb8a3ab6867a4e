import { describe, expect, it } from 'vitest';
import * as fx from '../../../test/support/media-fixtures.ts';
import { detectFile, ole2EntryNames } from './media.detect.ts';
import { MEDIA_MESSAGES as M } from './media.messages.ts';

describe('detectFile judges uploads by content', () => {
  it.each([
    ['JPEG', () => fx.jpeg(64, 48), { kind: 'image', ext: 'jpg', mime: 'image/jpeg' }],
    ['PNG', () => fx.png(), { kind: 'image', ext: 'png', mime: 'image/png' }],
    ['PDF', () => fx.pdf(), { kind: 'document', ext: 'pdf', mime: 'application/pdf' }],
    ['DOCX', () => fx.ooxml('docx'), { kind: 'document', ext: 'docx' }],
    ['XLSX', () => fx.ooxml('xlsx'), { kind: 'document', ext: 'xlsx' }],
    ['PPTX', () => fx.ooxml('pptx'), { kind: 'document', ext: 'pptx' }],
    ['ODT', () => fx.odf('odt'), { kind: 'document', ext: 'odt' }],
    ['ODS', () => fx.odf('ods'), { kind: 'document', ext: 'ods' }],
    [
      'DOC (OLE2 with WordDocument)',
      () => fx.ole2('WordDocument'),
      { kind: 'document', ext: 'doc', mime: 'application/msword' },
    ],
    ['XLS (OLE2 with Workbook)', () => fx.ole2('Workbook'), { kind: 'document', ext: 'xls' }],
    [
      'PPT (OLE2 with PowerPoint Document)',
      () => fx.ole2('PowerPoint Document'),
      { kind: 'document', ext: 'ppt' },
    ],
    ['MP4', () => fx.mp4(), { kind: 'video', ext: 'mp4', mime: 'video/mp4' }],
    ['WebM', () => fx.webm(), { kind: 'video', ext: 'webm', mime: 'video/webm' }],
  ] as const)('accepts %s', async (_name, make, expected) => {
    expect(await detectFile(await make())).toMatchObject(expected);
  });

  it.each([
    ['an ELF executable', () => fx.elf(), M['media.executable']],
    ['a Windows PE executable', () => fx.pe(), M['media.executable']],
    ['an SVG with a script', () => fx.svgWithScript(), M['media.svg']],
    [
      'an SVG without an XML prolog',
      () => Buffer.from('  <svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>'),
      M['media.svg'],
    ],
    [
      'an HTML page',
      () => Buffer.from('<!DOCTYPE html><html><script>alert(1)</script></html>'),
      M['media.html'],
    ],
    ['plain text', () => Buffer.from('Chỉ là văn bản thường.'), M['media.unknown']],
    ['an empty file', () => Buffer.alloc(0), M['media.empty']],
    [
      'an OLE2 file that is no Office document (an installer)',
      () => fx.ole2('Other'),
      M['media.unknown'],
    ],
    ['a macro-enabled Word file', () => fx.ole2('WordDocument', 'Macros'), M['media.macro']],
    ['a zip archive', () => fx.zip([['a.txt', 'x']]), M['media.not_allowed']('ZIP')],
  ] as const)('refuses %s', async (_name, make, message) => {
    expect(await detectFile(make())).toEqual({ refused: message });
  });

  it('sees the executable whatever bytes follow its header (a renamed .jpg is still an executable)', async () => {
    const renamed = Buffer.concat([fx.elf(), await fx.jpeg(32, 32)]);
    expect(await detectFile(renamed)).toEqual({ refused: M['media.executable'] });
  });

  it('reads the stream names of an OLE2 directory', () => {
    expect(ole2EntryNames(fx.ole2('WordDocument'))).toEqual(['WordDocument']);
    expect(ole2EntryNames(fx.ole2('Workbook', 'Macros'))).toEqual(['Workbook', 'Macros']);
    expect(ole2EntryNames(Buffer.alloc(100))).toEqual([]);
  });
});
