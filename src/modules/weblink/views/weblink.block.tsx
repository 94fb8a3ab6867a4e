import type { Chrome } from '../../../shell/chrome.ts';
import { TabLink } from '../../../views/tab-link.tsx';
import type { WeblinkGroup } from '../weblink.ts';

declare module '../../../shell/chrome.ts' {
  interface ChromeData {
    /** The active link groups and how the settings display them. */
    links: { groups: WeblinkGroup[]; display: string };
  }
}

/** The grouped list of links. */
function LinkList(props: { groups: WeblinkGroup[] }) {
  return (
    <>
      {props.groups.map((g) => (
        <div class="linkgroup">
          <h3>{g.name}</h3>
          <ul>
            {g.links.map((l) => (
              <li>
                <TabLink href={l.url} newTab={l.newTab}>
                  {l.title}
                </TabLink>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

/**
 * "Chọn liên kết": a GET form to /lien-ket that works without JavaScript (the server redirects
 * to the stored address of the chosen id, never to an address taken from the request).
 */
function LinkPicker(props: { groups: WeblinkGroup[] }) {
  return (
    <form method="get" action="/lien-ket" class="link-picker" data-link-picker>
      <label for="chon-lien-ket">Chọn liên kết</label>
      <select id="chon-lien-ket" name="id" required>
        <option value="">— Chọn một trang —</option>
        {props.groups.map((g) => (
          <optgroup label={g.name}>
            {g.links.map((l) => (
              <option value={String(l.id)} data-new-tab={l.newTab ? '1' : undefined}>
                {l.title}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <button type="submit" class="button">
        Đi đến
      </button>
    </form>
  );
}

/** The Liên kết web block, as a list or as a selector (a site setting decides). */
export function LinksBlock(props: { groups: WeblinkGroup[]; display: string }) {
  return (
    <section class="block" aria-labelledby="b-links">
      <h2 id="b-links" class="block-title">
        Liên kết web
      </h2>
      {props.display === 'select' ? (
        <LinkPicker groups={props.groups} />
      ) : (
        <LinkList groups={props.groups} />
      )}
    </section>
  );
}

/** Sidebar block "links": the web links, as the settings display them. */
export function weblinkSidebarBlock({ data }: Chrome) {
  return <LinksBlock groups={data.links.groups} display={data.links.display} />;
}
