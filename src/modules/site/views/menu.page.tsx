import type { AdminChrome } from '../../../shell/admin-layout.tsx';
import {
  CheckboxField,
  MoveButtons,
  PostButton,
  SelectField,
} from '../../../views/admin-controls.tsx';
import { CsrfField, Field } from '../../../views/form.tsx';
import {
  MENU_KINDS,
  MENU_NAMES,
  resolveEntry,
  siblingsOf,
  type MenuEntry,
  type MenuName,
} from '../menu.ts';
import type { PageLink, Section } from '../site.ts';
import { SettingsLayout } from './settings.layout.tsx';

/** Sections and pages, to name and choose menu targets. */
export interface MenuContext {
  sections: Section[];
  pages: PageLink[];
}

function EntryRows(props: {
  entries: MenuEntry[];
  parentId: number | null;
  ctx: MenuContext;
  csrf: string;
  depth: number;
}) {
  const list = siblingsOf(props.entries, props.parentId);
  return (
    <ul class={props.depth === 0 ? 'menu-tree' : 'menu-tree sub'}>
      {list.map((e, i) => {
        const r = resolveEntry(e, props.ctx.sections, props.ctx.pages);
        const name = r?.label ?? (e.label || '(đích không còn tồn tại)');
        return (
          <li>
            <span class="menu-entry">
              <a href={`/quan-tri/cai-dat/menu/${e.id}`}>{name}</a>
              <span class="muted">
                {' '}
                — {MENU_KINDS.find((k) => k.id === e.kind)?.label}
                {r ? `: ${r.href}` : ''}
              </span>
              {!r && <span class="badge badge-warn">Không hiển thị</span>}
            </span>{' '}
            <MoveButtons
              action={`/quan-tri/cai-dat/menu/${e.id}`}
              name={name}
              csrf={props.csrf}
              first={i === 0}
              last={i === list.length - 1}
            />
            {props.depth === 0 && props.entries.some((x) => x.parentId === e.id) && (
              <EntryRows {...props} parentId={e.id} depth={1} />
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** Both menus as trees, with reordering, and the way to add an entry. */
export function MenuListPage(props: {
  chrome: AdminChrome;
  csrf: string;
  main: MenuEntry[];
  footer: MenuEntry[];
  ctx: MenuContext;
  notice?: string;
}) {
  return (
    <SettingsLayout chrome={props.chrome} title="Menu" notice={props.notice}>
      <section class="panel" aria-labelledby="h-main">
        <h2 id="h-main">Menu chính</h2>
        {props.main.length === 0 ? (
          <>
            <p>
              Menu chính đang tự lấy theo các chuyên mục (thứ tự và tên của chuyên mục). Để đổi tên,
              sắp xếp hay thêm mục khác, hãy chuyển sang menu tự chỉnh.
            </p>
            <PostButton action="/quan-tri/cai-dat/menu/tao-tu-chuyen-muc" csrf={props.csrf}>
              Chuyển sang menu tự chỉnh
            </PostButton>
          </>
        ) : (
          <EntryRows
            entries={props.main}
            parentId={null}
            ctx={props.ctx}
            csrf={props.csrf}
            depth={0}
          />
        )}
        <p>
          <a class="button" href="/quan-tri/cai-dat/menu/moi?menu=main">
            Thêm mục vào menu chính
          </a>
        </p>
      </section>
      <section class="panel" aria-labelledby="h-footer">
        <h2 id="h-footer">Menu chân trang</h2>
        {props.footer.length === 0 ? (
          <p>Chưa có mục nào.</p>
        ) : (
          <EntryRows
            entries={props.footer}
            parentId={null}
            ctx={props.ctx}
            csrf={props.csrf}
            depth={1}
          />
        )}
        <p>
          <a class="button" href="/quan-tri/cai-dat/menu/moi?menu=footer">
            Thêm mục vào menu chân trang
          </a>
        </p>
      </section>
    </SettingsLayout>
  );
}

/** A menu entry's form values, as typed. */
export interface MenuEntryValues {
  label: string;
  kind: string;
  sectionId: string;
  pageId: string;
  url: string;
  parentId: string;
  newTab: boolean;
}

/** Create or edit one menu entry. */
export function MenuEntryPage(props: {
  chrome: AdminChrome;
  csrf: string;
  menu: MenuName;
  entry?: MenuEntry;
  values: MenuEntryValues;
  errors: Record<string, string>;
  parents: { value: string; label: string }[];
  ctx: MenuContext;
  notice?: string;
}) {
  const { values: v, errors: e, ctx } = props;
  const menuLabel = MENU_NAMES.find((m) => m.id === props.menu)?.label ?? '';
  const sectionName = (id: number) => ctx.sections.find((s) => s.id === id);
  return (
    <SettingsLayout
      chrome={props.chrome}
      title={
        props.entry ? `Sửa mục menu (${menuLabel})` : `Thêm mục vào ${menuLabel.toLowerCase()}`
      }
      notice={props.notice}
      error={
        Object.keys(e).length ? 'Chưa lưu: vui lòng sửa các mục được đánh dấu bên dưới.' : undefined
      }
    >
      <form
        method="post"
        action={
          props.entry ? `/quan-tri/cai-dat/menu/${props.entry.id}` : '/quan-tri/cai-dat/menu/moi'
        }
        class="stack"
        novalidate
      >
        <CsrfField token={props.csrf} />
        <input type="hidden" name="menu" value={props.menu} />
        <fieldset class={e.kind ? 'field has-error' : 'field'}>
          <legend>Mục này dẫn tới</legend>
          {MENU_KINDS.map((k) => (
            <label class="choice">
              <input type="radio" name="kind" value={k.id} checked={v.kind === k.id} /> {k.label}
            </label>
          ))}
          {e.kind && <p class="error">{e.kind}</p>}
        </fieldset>
        <SelectField
          name="sectionId"
          label="Chuyên mục (khi dẫn tới chuyên mục)"
          value={v.sectionId}
          empty="— Chọn chuyên mục —"
          error={e.sectionId}
          options={ctx.sections.map((s) => ({
            value: String(s.id),
            label: s.parentId ? `— ${s.name}` : s.name,
          }))}
        />
        <SelectField
          name="pageId"
          label="Trang (khi dẫn tới trang giới thiệu, liên hệ)"
          value={v.pageId}
          empty="— Chọn trang —"
          error={e.pageId}
          options={ctx.pages.map((p) => ({
            value: String(p.id),
            label: `${sectionName(p.sectionId)?.name ?? ''} › ${p.title}`,
          }))}
        />
        <Field
          name="url"
          label="Địa chỉ (khi dẫn tới địa chỉ khác)"
          value={v.url}
          error={e.url}
          maxlength={2000}
          hint="Địa chỉ đầy đủ bắt đầu bằng https:// hoặc http://, hoặc đường dẫn trong trang bắt đầu bằng “/”."
        />
        <Field
          name="label"
          label="Tên hiển thị"
          value={v.label}
          error={e.label}
          maxlength={120}
          hint="Để trống để dùng tên của chuyên mục hay trang (đổi tên chuyên mục thì menu đổi theo)."
        />
        {props.menu === 'main' && (
          <SelectField
            name="parentId"
            label="Nằm trong mục"
            value={v.parentId}
            empty="(Cấp trên cùng)"
            error={e.parentId}
            options={props.parents}
          />
        )}
        <CheckboxField name="newTab" label="Mở trong thẻ mới" checked={v.newTab} />
        <p>
          <button type="submit" class="button">
            {props.entry ? 'Lưu thay đổi' : 'Thêm mục'}
          </button>{' '}
          <a href="/quan-tri/cai-dat/menu">Quay lại menu</a>
        </p>
      </form>
      {props.entry && (
        <section class="panel" aria-labelledby="h-del">
          <h2 id="h-del">Xóa mục này</h2>
          <p>Các mục con (nếu có) cũng bị xóa.</p>
          <PostButton
            action={`/quan-tri/cai-dat/menu/${props.entry.id}/xoa`}
            csrf={props.csrf}
            danger
          >
            Xóa mục menu
          </PostButton>
        </section>
      )}
    </SettingsLayout>
  );
}
