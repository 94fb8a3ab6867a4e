import type { AdminChrome } from '../../../shell/admin-layout.tsx';
import { CsrfField } from '../../../views/form.tsx';
import { PAGE_TYPES, SIDEBAR_BLOCKS, type SidebarLayout } from '../sidebar.ts';
import type { Section } from '../site.ts';
import { SettingsLayout } from './settings.layout.tsx';

/**
 * Which sidebar blocks appear, on which page types, in which order: one form whose "Lên"/"Xuống"
 * buttons also save the ticks (no JavaScript needed).
 */
export function SidebarLayoutPage(props: {
  chrome: AdminChrome;
  csrf: string;
  layout: SidebarLayout;
  /** Sections with a block on the home page, which the admin may place in the right column. */
  homeSections: Pick<Section, 'id' | 'name'>[];
  notice?: string;
}) {
  const beside = props.layout.homeBeside ?? null;
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
        <fieldset class="panel">
          <legend>Chuyên mục ở cột bên phải trang chủ</legend>
          <p class="hint" id="home-beside-hint">
            Dưới các khối trên, cột bên phải của trang chủ hiện thêm khối tin của một số chuyên mục
            để hai cột dài bằng nhau.
          </p>
          <p>
            <label>
              <input
                type="radio"
                name="home-beside-mode"
                value="auto"
                checked={beside === null}
                aria-describedby="home-beside-hint"
              />{' '}
              Tự động (nửa sau các chuyên mục trên trang chủ)
            </label>
            <br />
            <label>
              <input
                type="radio"
                name="home-beside-mode"
                value="chosen"
                checked={beside !== null}
                aria-describedby="home-beside-hint"
              />{' '}
              Chỉ các chuyên mục được chọn dưới đây (không chọn: tất cả ở cột chính)
            </label>
          </p>
          <ul class="checklist">
            {props.homeSections.map((x) => (
              <li>
                <label>
                  <input
                    type="checkbox"
                    name="home-beside"
                    value={String(x.id)}
                    checked={beside?.includes(x.id) ?? false}
                  />{' '}
                  {x.name}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <p>
          <button type="submit" class="button">
            Lưu
          </button>
        </p>
      </form>
    </SettingsLayout>
  );
}
