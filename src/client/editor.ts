/**
 * The newsroom's rich-text editor (bundled by scripts/build.mjs into public/build/editor.js).
 * Progressive: the form works without it (a plain HTML textarea). With it: TipTap editing,
 * media upload, autosave to the server, a copy in this browser so nothing typed is ever lost,
 * and the edit-lock heartbeat.
 */
import { Editor } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import { editorExtensions } from './schema.ts';

/** Times shown to staff: Vietnam's clock, 24-hour, whatever the computer's zone. */
const VN_TIME: Intl.DateTimeFormatOptions = { timeZone: 'Asia/Ho_Chi_Minh', hour12: false };

const form = document.getElementById('article-form') as HTMLFormElement | null;
if (form && form.dataset.readonly !== '1') start(form);

interface MediaItem {
  id: number;
  kind: string;
  url: string;
  alt?: string;
  caption?: string;
  credit?: string;
}

function start(form: HTMLFormElement): void {
  const id = form.dataset.article ?? '';
  const published = form.dataset.published === '1';
  // A static page (data-mode="page") is saved by its form only: no autosave, no edit lock.
  const simple = form.dataset.mode === 'page';
  const textarea = form.querySelector<HTMLTextAreaElement>('textarea[name="bodyHtml"]');
  const jsonInput = form.querySelector<HTMLInputElement>('input[name="bodyJson"]');
  const versionInput = form.querySelector<HTMLInputElement>('input[name="version"]');
  const csrf = form.querySelector<HTMLInputElement>('input[name="_csrf"]')?.value ?? '';
  const status = form.querySelector<HTMLElement>('.autosave-status');
  if (!textarea || !jsonInput || !versionInput) return;
  const storeKey = simple ? `trang-${id}` : `bai-viet-${id}`;
  const say = (msg: string) => {
    if (status) status.textContent = msg;
  };

  // Toolbar + editor host replace the textarea (kept hidden: it is what the form posts).
  const host = document.createElement('div');
  host.className = 'pm-host';
  const toolbar = document.createElement('div');
  toolbar.className = 'pm-toolbar';
  toolbar.setAttribute('role', 'toolbar');
  toolbar.setAttribute('aria-label', 'Định dạng nội dung');
  textarea.hidden = true;
  textarea.before(toolbar, host);

  const editor = new Editor({
    element: host,
    extensions: editorExtensions(),
    // Its base styles come from public/editor.css: an injected <style> breaks the page's CSP.
    injectCSS: false,
    content: textarea.value,
    editorProps: {
      attributes: { 'aria-label': 'Nội dung bài viết', role: 'textbox', 'aria-multiline': 'true' },
      // Word and web pages bring styles, comments and Office tags: drop them before parsing.
      transformPastedHTML: (html) =>
        html
          .replace(/<!--[\s\S]*?-->/g, '')
          .replace(/<\/?(o|w|v|m):[^>]*>/gi, '')
          .replace(/\s(style|class|lang|id|width|height|align)="[^"]*"/gi, '')
          .replace(/<\/?(span|font)[^>]*>/gi, ''),
    },
    onUpdate: () => sync(true),
  });

  function sync(changed: boolean): void {
    textarea!.value = editor.getHTML();
    jsonInput!.value = JSON.stringify(editor.getJSON());
    if (changed) {
      saveLocal();
      scheduleAutosave();
    }
  }
  sync(false);

  const buttons: [string, () => void, string?][] = [
    ['Đoạn', () => editor.chain().focus().setParagraph().run(), 'paragraph'],
    ['Tiêu đề', () => editor.chain().focus().toggleHeading({ level: 2 }).run(), 'heading'],
    ['Đậm', () => editor.chain().focus().toggleBold().run(), 'bold'],
    ['Nghiêng', () => editor.chain().focus().toggleItalic().run(), 'italic'],
    ['• Danh sách', () => editor.chain().focus().toggleBulletList().run(), 'bulletList'],
    ['1. Danh sách', () => editor.chain().focus().toggleOrderedList().run(), 'orderedList'],
    ['Trích dẫn', () => editor.chain().focus().toggleBlockquote().run(), 'blockquote'],
    [
      'Liên kết',
      () => {
        const url = window.prompt(
          'Địa chỉ liên kết (http://, https:// hoặc mailto:)',
          (editor.getAttributes('link').href as string | undefined) ?? 'https://',
        );
        if (url === null) return;
        if (url === '') editor.chain().focus().unsetLink().run();
        else if (/^(https?:\/\/|mailto:)/i.test(url))
          editor.chain().focus().extendMarkRange('link').setLink({ href: url }).run();
        else window.alert('Liên kết phải bắt đầu bằng http://, https:// hoặc mailto:');
      },
      'link',
    ],
    [
      'Bảng',
      () => editor.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
    ],
    ['Ảnh', () => pickFile('image/*')],
    ['Thư viện', () => void openLibrary((item) => void askFigure(item))],
    ['Sửa ảnh', () => void editFigure()],
    ['Video', () => pickFile('video/mp4,video/webm')],
    ['Hoàn tác', () => editor.chain().focus().undo().run()],
    ['Làm lại', () => editor.chain().focus().redo().run()],
  ];
  for (const [label, run, mark] of buttons) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    if (mark) b.dataset.mark = mark;
    b.addEventListener('click', run);
    toolbar.append(b);
  }
  editor.on('selectionUpdate', () => {
    toolbar.querySelectorAll<HTMLButtonElement>('button[data-mark]').forEach((b) => {
      b.setAttribute('aria-pressed', String(editor.isActive(b.dataset.mark ?? '')));
    });
  });

  /**
   * The figure dialog: the picture in view, its alt text (required, with what good alt text
   * is), caption and credit. A modal <dialog>: keyboard and Escape work, focus returns to the
   * editor. Resolves with what was typed, or null when cancelled.
   */
  function figureDialog(
    item: { id?: number; url: string; alt?: string; caption?: string; credit?: string },
    action: string,
  ): Promise<{ alt: string; caption: string; credit: string; saveDefaults: boolean } | null> {
    return new Promise((resolve) => {
      const dialog = document.createElement('dialog');
      dialog.className = 'figure-dialog';
      dialog.setAttribute('aria-labelledby', 'figure-dialog-title');
      const f = document.createElement('form');
      f.method = 'dialog';
      const title = document.createElement('h2');
      title.id = 'figure-dialog-title';
      title.textContent = 'Thông tin ảnh';
      const img = document.createElement('img');
      img.src = item.url;
      img.alt = '';
      img.className = 'figure-dialog-preview';
      const field = (
        name: string,
        label: string,
        value: string,
        hint: string,
        required = false,
      ): HTMLInputElement => {
        const wrap = document.createElement('div');
        wrap.className = 'field';
        const l = document.createElement('label');
        l.htmlFor = `fd-${name}`;
        l.textContent = label;
        const input = document.createElement('input');
        input.id = `fd-${name}`;
        input.name = name;
        input.value = value;
        input.required = required;
        input.maxLength = 500;
        const h = document.createElement('p');
        h.className = 'hint';
        h.id = `fd-${name}-hint`;
        h.textContent = hint;
        input.setAttribute('aria-describedby', h.id);
        wrap.append(l, input, h);
        f.append(wrap);
        return input;
      };
      f.append(title, img);
      const alt = field(
        'alt',
        'Mô tả ảnh (bắt buộc)',
        item.alt ?? '',
        'Cho người không nhìn thấy ảnh: ảnh cho thấy ai, đang làm gì, ở đâu — ngắn gọn, không bắt đầu bằng “Ảnh…”.',
        true,
      );
      const caption = field(
        'caption',
        'Chú thích',
        item.caption ?? '',
        'Hiện dưới ảnh cho mọi bạn đọc.',
      );
      const credit = field(
        'credit',
        'Tác giả / nguồn ảnh',
        item.credit ?? '',
        'Có thể để trống. Hiện trong ngoặc sau chú thích.',
      );
      // A library item's own texts are its defaults for the next article; this article's
      // caption may differ, so they change only when the person asks.
      const defaults = document.createElement('input');
      defaults.type = 'checkbox';
      defaults.id = 'fd-defaults';
      if (item.id !== undefined) {
        const wrap = document.createElement('div');
        wrap.className = 'field';
        const l = document.createElement('label');
        l.className = 'choice';
        l.htmlFor = defaults.id;
        l.append(
          defaults,
          document.createTextNode(
            ' Lưu mô tả, chú thích, tác giả này làm thông tin mặc định của ảnh trong thư viện',
          ),
        );
        wrap.append(l);
        f.append(wrap);
      }
      const buttons = document.createElement('div');
      buttons.className = 'actions';
      const ok = document.createElement('button');
      ok.type = 'submit';
      ok.className = 'button';
      ok.value = 'ok';
      ok.textContent = action;
      const cancel = document.createElement('button');
      cancel.type = 'button';
      cancel.className = 'button button-secondary';
      cancel.textContent = 'Hủy';
      cancel.addEventListener('click', () => dialog.close(''));
      buttons.append(ok, document.createTextNode(' '), cancel);
      f.append(buttons);
      // Spaces alone are not a description.
      alt.addEventListener('input', () =>
        alt.setCustomValidity(alt.value.trim() ? '' : 'Hãy mô tả ảnh cho người không nhìn thấy.'),
      );
      alt.dispatchEvent(new Event('input'));
      dialog.append(f);
      document.body.append(dialog);
      dialog.addEventListener('close', () => {
        const done = dialog.returnValue === 'ok';
        dialog.remove();
        editor.commands.focus();
        resolve(
          done
            ? {
                alt: alt.value.trim(),
                caption: caption.value.trim(),
                credit: credit.value.trim(),
                saveDefaults: item.id !== undefined && defaults.checked,
              }
            : null,
        );
      });
      dialog.showModal();
      alt.focus();
    });
  }

  async function askFigure(item: {
    id?: number;
    url: string;
    alt?: string;
    caption?: string;
    credit?: string;
  }): Promise<void> {
    const typed = await figureDialog(item, 'Chèn ảnh');
    if (!typed) return;
    const { saveDefaults, ...attrs } = typed;
    editor
      .chain()
      .focus()
      .insertContent({ type: 'figure', attrs: { src: item.url, ...attrs } })
      .run();
    if (saveDefaults && item.id !== undefined) await saveLibraryTexts(item.id, attrs);
  }

  /** Stores a library item's alt, caption and credit (the figure is in the article either way). */
  async function saveLibraryTexts(
    id: number,
    texts: { alt: string; caption: string; credit: string },
  ): Promise<void> {
    const res = await fetch(`/quan-tri/api/media/${id}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
      body: JSON.stringify(texts),
    }).catch(() => null);
    if (res?.ok) {
      say('Đã lưu thông tin mặc định của ảnh trong thư viện.');
      return;
    }
    const body = (await res?.json().catch(() => null)) as { error?: { message?: string } } | null;
    window.alert(
      `Ảnh đã chèn vào bài, nhưng chưa lưu được thông tin mặc định trong thư viện: ${
        body?.error?.message ?? 'mất kết nối'
      }`,
    );
  }

  async function editFigure(): Promise<void> {
    const sel = editor.state.selection;
    if (!(sel instanceof NodeSelection) || sel.node.type.name !== 'figure') {
      window.alert('Hãy bấm chọn một ảnh trong bài trước.');
      return;
    }
    const a = sel.node.attrs as { src: string; alt: string; caption: string; credit: string };
    const typed = await figureDialog({ url: a.src, ...a }, 'Lưu thông tin ảnh');
    if (typed) {
      editor
        .chain()
        .focus()
        .updateAttributes('figure', {
          alt: typed.alt,
          caption: typed.caption,
          credit: typed.credit,
        })
        .run();
    }
  }

  async function upload(files: FileList | File[]): Promise<MediaItem[]> {
    const data = new FormData();
    for (const f of Array.from(files)) data.append('files', f);
    data.append('_csrf', csrf);
    say('Đang tải lên… 0%');
    // XMLHttpRequest, not fetch: only it reports upload progress. Once every byte is sent the
    // server checks the files and makes the renditions, which a large photo takes seconds for.
    const answer = await new Promise<{ status: number; text: string }>((resolve) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', '/quan-tri/api/media');
      xhr.setRequestHeader('x-csrf-token', csrf);
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.upload.onprogress = (e) => {
        if (!e.lengthComputable) return;
        const pct = Math.round((e.loaded / e.total) * 100);
        say(pct < 100 ? `Đang tải lên… ${pct}%` : 'Đang xử lý ảnh (tạo các cỡ ảnh)…');
      };
      xhr.upload.onload = () => say('Đang xử lý ảnh (tạo các cỡ ảnh)…');
      xhr.onload = () => resolve({ status: xhr.status, text: xhr.responseText });
      xhr.onerror = () =>
        resolve({
          status: 0,
          text: JSON.stringify({
            error: { code: 'network', message: 'Mất kết nối khi tải lên. Hãy thử lại.' },
          }),
        });
      xhr.send(data);
    });
    let body: {
      results?: (
        { file: string; ok: true; item: MediaItem } | { file: string; ok: false; error: string }
      )[];
      error?: { code: string; message: string };
    } = {};
    try {
      body = JSON.parse(answer.text) as typeof body;
    } catch {
      body = { error: { code: 'http', message: `Không tải lên được (mã ${answer.status}).` } };
    }
    const results = body.results ?? [];
    const failed = results.flatMap((r) => (r.ok ? [] : [`${r.file}: ${r.error}`]));
    if (body.error) failed.push(body.error.message);
    if (failed.length) window.alert(failed.join('\n'));
    say('');
    return results.flatMap((r) => (r.ok ? [r.item] : []));
  }

  function pickFile(accept: string): void {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.addEventListener('change', () => {
      if (!input.files?.length) return;
      void upload(input.files).then(async (items) => {
        for (const item of items) {
          if (item.kind === 'video')
            editor
              .chain()
              .focus()
              .insertContent({ type: 'video', attrs: { src: item.url } })
              .run();
          else await askFigure(item);
        }
      });
    });
    input.click();
  }

  /**
   * The library picker: a modal with a search box and thumbnails (the newest images first);
   * choosing one hands it on (to the figure dialog). Escape or "Đóng" closes it.
   */
  function openLibrary(onPick: (item: MediaItem) => void): Promise<void> {
    const dialog = document.createElement('dialog');
    dialog.className = 'media-picker';
    dialog.setAttribute('aria-labelledby', 'media-picker-title');
    const title = document.createElement('h2');
    title.id = 'media-picker-title';
    title.textContent = 'Chọn ảnh từ thư viện';
    const search = document.createElement('form');
    search.setAttribute('role', 'search');
    const label = document.createElement('label');
    label.htmlFor = 'media-picker-q';
    label.textContent = 'Tìm ảnh (tên, mô tả, chú thích, tác giả)';
    const q = document.createElement('input');
    q.type = 'search';
    q.id = 'media-picker-q';
    const go = document.createElement('button');
    go.type = 'submit';
    go.className = 'button';
    go.textContent = 'Tìm';
    search.append(label, document.createTextNode(' '), q, document.createTextNode(' '), go);
    const state = document.createElement('p');
    state.setAttribute('role', 'status');
    const list = document.createElement('div');
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'button button-secondary';
    close.textContent = 'Đóng';
    close.addEventListener('click', () => dialog.close());
    dialog.append(title, search, state, list, close);
    document.body.append(dialog);

    let picked: MediaItem | undefined;
    async function load(): Promise<void> {
      state.textContent = 'Đang tải…';
      list.replaceChildren();
      try {
        const res = await fetch(`/quan-tri/api/media?kind=image&q=${encodeURIComponent(q.value)}`, {
          credentials: 'same-origin',
        });
        const body = (await res.json()) as { items?: (MediaItem & { thumbnail?: string })[] };
        const items = body.items ?? [];
        state.textContent = items.length
          ? `${items.length} ảnh${q.value ? ` cho “${q.value}”` : ' mới nhất'}.`
          : 'Không tìm thấy ảnh nào.';
        for (const item of items) {
          const b = document.createElement('button');
          b.type = 'button';
          const img = document.createElement('img');
          img.src = item.thumbnail ?? item.url;
          img.alt = '';
          img.width = 120;
          b.append(img, document.createTextNode(item.caption || item.alt || `Ảnh #${item.id}`));
          b.addEventListener('click', () => {
            picked = item;
            dialog.close();
          });
          list.append(b);
        }
      } catch {
        state.textContent = 'Không tải được thư viện. Hãy thử lại.';
      }
    }
    search.addEventListener('submit', (e) => {
      e.preventDefault();
      void load();
    });
    return new Promise((resolve) => {
      dialog.addEventListener('close', () => {
        dialog.remove();
        if (picked) onPick(picked);
        else editor.commands.focus();
        resolve();
      });
      dialog.showModal();
      q.focus();
      void load();
    });
  }

  // The featured image: picked from the library (the plain field takes a media id without JS).
  const featured = form.querySelector<HTMLInputElement>('input[data-image-picker]');
  if (featured) {
    const pick = document.createElement('button');
    pick.type = 'button';
    pick.className = 'button button-secondary';
    pick.textContent = 'Chọn ảnh đại diện';
    const preview = document.createElement('img');
    preview.alt = '';
    preview.width = 160;
    preview.hidden = true;
    pick.addEventListener(
      'click',
      () =>
        void openLibrary((item) => {
          featured.value = String(item.id);
          preview.src = item.url;
          preview.alt = item.alt ?? '';
          preview.hidden = false;
          featured.dispatchEvent(new Event('input', { bubbles: true }));
        }),
    );
    featured.after(pick, preview);
  }

  // A copy of every change in this browser: a closed tab or a lost connection loses nothing.
  function fields(): Record<string, string | string[]> {
    const out: Record<string, string | string[]> = {};
    new FormData(form).forEach((v, k) => {
      if (typeof v !== 'string' || k === '_csrf') return;
      const prev = out[k];
      out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
    });
    return out;
  }
  function saveLocal(): void {
    try {
      localStorage.setItem(
        storeKey,
        JSON.stringify({ at: new Date().toISOString(), unsaved: true, fields: fields() }),
      );
    } catch {
      /* storage full or disabled: the server autosave still runs */
    }
  }
  function markSaved(): void {
    try {
      const raw = localStorage.getItem(storeKey);
      if (raw)
        localStorage.setItem(
          storeKey,
          JSON.stringify({ ...(JSON.parse(raw) as object), unsaved: false }),
        );
    } catch {
      /* ignore */
    }
  }

  const stored = (() => {
    try {
      return JSON.parse(localStorage.getItem(storeKey) ?? 'null') as {
        at: string;
        unsaved: boolean;
        fields: Record<string, string | string[]>;
      } | null;
    } catch {
      return null;
    }
  })();
  if (stored?.unsaved && stored.fields.bodyHtml !== textarea.value) {
    const box = document.createElement('div');
    box.className = 'notice notice-info recover';
    box.setAttribute('role', 'status');
    box.textContent = `Có nội dung chưa được lưu từ lần soạn trước (${new Date(stored.at).toLocaleString('vi-VN', VN_TIME)}). `;
    const yes = document.createElement('button');
    yes.type = 'button';
    yes.className = 'button';
    yes.textContent = 'Khôi phục nội dung này';
    const no = document.createElement('button');
    no.type = 'button';
    no.className = 'button button-secondary';
    no.textContent = 'Bỏ qua';
    yes.addEventListener('click', () => {
      for (const [k, v] of Object.entries(stored.fields)) {
        if (k === 'bodyHtml' || k === 'bodyJson' || k === 'version') continue;
        const el = form.elements.namedItem(k);
        if (el instanceof HTMLInputElement && el.type !== 'checkbox') el.value = String(v);
        if (el instanceof HTMLTextAreaElement) el.value = String(v);
      }
      editor.commands.setContent(String(stored.fields.bodyHtml ?? ''));
      sync(true);
      box.remove();
    });
    no.addEventListener('click', () => {
      localStorage.removeItem(storeKey);
      box.remove();
    });
    box.append(yes, document.createTextNode(' '), no);
    form.before(box);
  }

  form.addEventListener('input', (e) => {
    if (e.target !== textarea) {
      saveLocal();
      scheduleAutosave();
    }
  });
  let timer: number | undefined;
  let lockLost = false;
  let inflight: Promise<void> | undefined;
  // A save must not race an autosave (it would carry a stale version): wait for it, then submit.
  form.addEventListener('submit', (e) => {
    window.clearTimeout(timer);
    sync(false);
    markSaved();
    if (inflight) {
      e.preventDefault();
      void inflight.finally(() => {
        sync(false);
        form.submit();
      });
    }
  });

  function scheduleAutosave(): void {
    if (published || lockLost || simple) return;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      inflight = autosave().finally(() => {
        inflight = undefined;
      });
    }, 3000);
  }
  async function autosave(): Promise<void> {
    sync(false);
    const body = new URLSearchParams();
    new FormData(form).forEach((v, k) => {
      if (typeof v === 'string') body.append(k, v);
    });
    try {
      const res = await fetch(`/quan-tri/api/bai-viet/${id}/tu-luu`, {
        method: 'POST',
        body,
        credentials: 'same-origin',
      });
      const out = (await res.json()) as {
        ok: boolean;
        version?: number;
        errors?: Record<string, string>;
      };
      if (out.ok && out.version) {
        versionInput!.value = String(out.version);
        markSaved();
        say(`Đã tự động lưu lúc ${new Date().toLocaleTimeString('vi-VN', VN_TIME)}`);
      } else {
        say(
          `Chưa tự động lưu được: ${Object.values(out.errors ?? {}).join(' ')} Nội dung vẫn được giữ trên máy này.`,
        );
        if (res.status === 409) lockLost = true;
      }
    } catch {
      say(
        'Mất kết nối: chưa lưu lên máy chủ. Nội dung vẫn được giữ trên máy này và sẽ lưu khi có mạng.',
      );
      timer = window.setTimeout(() => void autosave(), 10_000);
    }
  }

  // Heartbeat: once the person starts changing the article, keep the edit lock while the page is open.
  let dirty = false;
  const heartbeat = () => {
    const body = new URLSearchParams({ _csrf: csrf });
    void fetch(`/quan-tri/api/bai-viet/${id}/giu-khoa`, {
      method: 'POST',
      body,
      credentials: 'same-origin',
    })
      .then(async (res) => {
        if (res.status === 409) {
          lockLost = true;
          const out = (await res.json()) as { message?: string };
          say(out.message ?? 'Người khác đã tiếp quản chỉnh sửa.');
        }
      })
      .catch(() => undefined);
  };
  const markDirty = () => {
    if (dirty || simple) return;
    dirty = true;
    heartbeat();
    window.setInterval(heartbeat, 30_000);
  };
  form.addEventListener('input', markDirty);
  editor.on('update', markDirty);
}
