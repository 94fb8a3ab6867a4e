import type { AdminChrome } from '../../../shell/admin-layout.tsx';
import { CsrfField } from '../../../views/form.tsx';
import { PAGE_TYPES, SIDEBAR_BLOCKS, type SidebarLayout } from '../sidebar.ts';
import { SettingsLayout } from './settings.layout.tsx';

/**
 * Which sidebar blocks appear, on which page types, in which order: one form whose "Lên"/"Xuống"
 * buttons also save the ticks (no JavaScript needed).
 */
export function SidebarLayoutPage(props: {
  chrome: AdminChrome;
  csrf: string;
  layout: SidebarLayout;
  notice?: string;
}) {
  const blocks = props.layout.blocks;
  const label = (id: string) => SIDEBAR_BLOCKS.find((b) => b.id === id)?.label ?? id;
  return (
    <SettingsLayout chrome={props.chrome} title="Khối bên phải" notice={props.notice}>
      <p>
        Chọn khối nào hiện ở cột bên phải của từng loại trang, và thứ tự của chúng (trên xuống
        dưới). Bỏ hết các ô của một khối để ẩn khối đó.
      </p>
      <form method="post" action="/quan-tri/cai-dat/khoi-ben">
        <CsrfField token={props.csrf} />
        <div class="table-scroll">
          <table class="data">
            <caption class="sr-only">Các khối bên phải và loại trang hiển thị</caption>
            <thead>
              <tr>
                <th scope="col">Khối</th>
                {PAGE_TYPES.map((p) => (
                  <th scope="col">{p.label}</th>
                ))}
                <th scope="col">Thứ tự</th>
              </tr>
            </thead>
            <tbody>
              {blocks.map((b, i) => (
                <tr>
                  <th scope="row">
                    {label(b.id)}
                    <input type="hidden" name="order" value={b.id} />
                  </th>
                  {PAGE_TYPES.map((p) => (
                    <td>
                      <input
                        type="checkbox"
                        name={`pages-${b.id}`}
                        value={p.id}
                        checked={b.pages.includes(p.id)}
                        aria-label={`${label(b.id)} trên ${p.label}`}
                      />
                    </td>
                  ))}
                  <td class="nowrap">
                    <button
                      type="submit"
                      name="move"
                      value={`${b.id}:up`}
                      class="button button-secondary button-small"
                      disabled={i === 0}
                    >
                      Lên<span class="sr-only">: chuyển “{label(b.id)}” lên trên</span>
                    </button>{' '}
                    <button
                      type="submit"
                      name="move"
                      value={`${b.id}:down`}
                      class="button button-secondary button-small"
                      disabled={i === blocks.length - 1}
                    >
                      Xuống<span class="sr-only">: chuyển “{label(b.id)}” xuống dưới</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p>
          <button type="submit" class="button">
            Lưu
          </button>
        </p>
      </form>
    </SettingsLayout>
  );
}
