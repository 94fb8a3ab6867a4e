/**
 * The editor's document schema: every node and mark a stored article body may hold. Shared by
 * the editor (src/client/editor.ts) and the round-trip test, so what is tested is what runs.
 * Only what the server's sanitiser (src/lib/html.ts) keeps is offered: headings h2-h4, no code
 * marks or code blocks (their tags would be stripped on save and their text merged).
 */
import type { AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { TableKit } from '@tiptap/extension-table';
import { Figure, Video } from './figure.ts';

export function editorExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3, 4] },
      code: false,
      codeBlock: false,
      link: { openOnClick: false, protocols: ['http', 'https', 'mailto'] },
    }),
    TableKit,
    Figure,
    Video,
  ];
}
