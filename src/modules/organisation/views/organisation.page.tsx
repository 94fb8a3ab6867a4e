import { Breadcrumb, Layout, type PageMeta } from '../../../shell/layout.tsx';
import type { Chrome } from '../../../shell/chrome.ts';
import { dayKeyToVn as dayVn } from '../../../lib/date-input.ts';
import { ContactPoints } from '../../site/views/footer.tsx';
import { contactPointsOf, telHref } from '../../site/site.ts';
import type { OrgPerson, OrgUnit } from '../organisation.ts';
import type { PostView, Portrait, TermLink } from '../organisation.service.ts';
import { Picture } from '../../media/views/picture.tsx';

type Member = { person: OrgPerson; post: PostView };

function Contact(props: { phone: string; email: string; address?: string }) {
  if (!props.phone && !props.email && !props.address) return null;
  return (
    <p class="org-contact">
      {props.phone && (
        <>
          Điện thoại: <a href={`tel:${props.phone.replace(/[^0-9+]/g, '')}`}>{props.phone}</a>
        </>
      )}
      {props.phone && props.email && ' · '}
      {props.email && (
        <>
          Thư điện tử: <a href={`mailto:${props.email}`}>{props.email}</a>
        </>
      )}
      {props.address && (
        <>
          {(props.phone || props.email) && ' · '}
          Địa chỉ: {props.address}
        </>
      )}
    </p>
  );
}

/** The site's hotline and contact points (from the settings), when it has any. */
function SiteContacts(props: { chrome: Chrome }) {
  const s = props.chrome.settings;
  if (!s.hotline && contactPointsOf(s.contactPoints).length === 0) return null;
  return (
    <section class="org-hotline" aria-labelledby="lien-he">
      <h2 id="lien-he" class="section-title">
        <span>Đường dây nóng và đầu mối liên hệ</span>
      </h2>
      {s.hotline && (
        <p>
          <strong>Đường dây nóng:</strong> <a href={telHref(s.hotline)}>{s.hotline}</a>
        </p>
      )}
      <ContactPoints settings={s} class="org-contacts" />
    </section>
  );
}

/** When a post of a past line-up was held ("từ 01/03/2021 đến 09/10/2025"). */
function PostDates(props: { post: PostView }) {
  const p = props.post;
  return (
    <span class="muted">
      {' '}
      (từ {dayVn(p.startsOn)}
      {p.endsOn ? ` đến ${dayVn(p.endsOn)}` : ''})
    </span>
  );
}

/** Cơ cấu tổ chức: today's leadership, then every unit with its contact point and members. */
export function OrganisationPage(props: {
  chrome: Chrome;
  meta: PageMeta;
  day: string;
  /** Terms named on the posts, newest first; `term`: the one shown (none: today's line-up). */
  terms: TermLink[];
  term?: TermLink;
  leadership: (Member & { photo?: Portrait })[];
  tree: { unit: OrgUnit; depth: number; members: Member[] }[];
}) {
  const term = props.term;
  return (
    <Layout chrome={props.chrome} meta={props.meta}>
      <Breadcrumb
        trail={
          term
            ? [{ label: 'Cơ cấu tổ chức', href: '/co-cau-to-chuc' }, { label: term.name }]
            : [{ label: 'Cơ cấu tổ chức' }]
        }
      />
      <h1 class="page-title">Cơ cấu tổ chức{term && ` ${term.name}`}</h1>
      {term ? (
        <p class="muted">
          Các chức vụ đã đảm nhiệm trong nhiệm kỳ {term.name}, kể cả chức vụ đã kết thúc giữa nhiệm
          kỳ.
        </p>
      ) : (
        <p class="muted">Cập nhật theo chức vụ đang đảm nhiệm ngày {dayVn(props.day)}.</p>
      )}
      {props.terms.length > 0 && (
        <nav class="org-terms" aria-label="Xem theo nhiệm kỳ">
          <ul class="segmented">
            <li>
              <a href="/co-cau-to-chuc" aria-current={term ? undefined : 'page'}>
                Hiện nay
              </a>
            </li>
            {props.terms.map((t) => (
              <li>
                <a
                  href={`/co-cau-to-chuc?khoa=${t.slug}`}
                  aria-current={term?.slug === t.slug ? 'page' : undefined}
                >
                  {t.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {!term && <SiteContacts chrome={props.chrome} />}
      <h2 class="section-title">
        <span>Lãnh đạo</span>
      </h2>
      {props.leadership.length === 0 ? (
        <p>Chưa có thông tin lãnh đạo.</p>
      ) : (
        <ul class="org-people">
          {props.leadership.map((m) => (
            <li>
              {m.photo && (
                <Picture
                  media={m.photo.media}
                  alt={m.photo.alt}
                  sizes="160px"
                  class="org-portrait"
                />
              )}
              <a href={`/co-cau-to-chuc/${m.person.id}`}>
                <strong>{m.person.fullName}</strong>
              </a>
              <br />
              {m.post.title}
              {term && <PostDates post={m.post} />}
            </li>
          ))}
        </ul>
      )}
      <h2 class="section-title">
        <span>Các cơ quan, đơn vị</span>
      </h2>
      {props.tree.length === 0 ? (
        <p>Chưa có thông tin đơn vị.</p>
      ) : (
        props.tree.map((t) => (
          <section
            class={`org-unit org-depth-${Math.min(t.depth, 3)}`}
            aria-labelledby={`dv-${t.unit.id}`}
          >
            <h3 id={`dv-${t.unit.id}`}>{t.unit.name}</h3>
            {t.unit.description && <p>{t.unit.description}</p>}
            <Contact phone={t.unit.phone} email={t.unit.email} address={t.unit.address} />
            {t.members.length > 0 && (
              <ul>
                {t.members.map((m) => (
                  <li>
                    <a href={`/co-cau-to-chuc/${m.person.id}`}>{m.person.fullName}</a>,{' '}
                    {m.post.title}
                    {term && <PostDates post={m.post} />}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))
      )}
    </Layout>
  );
}

/** One person: the post held today, responsibilities, contact, and every post by term (past kept). */
export function PersonPage(props: {
  chrome: Chrome;
  meta: PageMeta;
  person: OrgPerson;
  photo?: Portrait;
  current: PostView | undefined;
  posts: PostView[];
}) {
  const p = props.person;
  return (
    <Layout chrome={props.chrome} meta={props.meta}>
      <Breadcrumb
        trail={[{ label: 'Cơ cấu tổ chức', href: '/co-cau-to-chuc' }, { label: p.fullName }]}
      />
      <h1 class="page-title">{p.fullName}</h1>
      {props.photo && (
        <Picture
          media={props.photo.media}
          alt={props.photo.alt}
          sizes="240px"
          eager
          class="org-portrait org-portrait-large"
        />
      )}
      <p class="lead">{props.current ? props.current.title : 'Hiện không giữ chức vụ.'}</p>
      {p.responsibilities && (
        <>
          <h2 class="section-title">
            <span>Nhiệm vụ được phân công</span>
          </h2>
          <p>{p.responsibilities}</p>
        </>
      )}
      <Contact phone={p.phone} email={p.email} />
      <h2 class="section-title">
        <span>Quá trình công tác</span>
      </h2>
      {props.posts.length === 0 ? (
        <p>Chưa có thông tin.</p>
      ) : (
        <ul class="org-history">
          {props.posts.map((x) => (
            <li>
              <strong>
                {dayVn(x.startsOn)} – {x.endsOn ? dayVn(x.endsOn) : 'nay'}
              </strong>
              : {x.title}
              {x.unitName && <> ({x.unitName})</>}
              {x.term && <>, {x.term}</>}
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
