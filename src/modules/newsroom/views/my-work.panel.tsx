import type { Child } from 'hono/jsx';
import { formatAge, formatDateTime } from '../../../lib/date.ts';
import { formatCount } from '../../../lib/number.ts';
import type { MyWork, WorkItem, WorkList } from '../newsroom.ts';

/** One article of a work list: its title (to the editor), its age and the note that matters. */
function Item(props: { item: WorkItem; now: Date; when: 'age' | 'scheduled'; showNote: boolean }) {
  const i = props.item;
  return (
    <li>
      <a href={`/quan-tri/bai-viet/${i.id}`}>{i.title || '(Chưa có tiêu đề)'}</a>{' '}
      <span class="muted">
        {props.when === 'scheduled' && i.scheduledAt
          ? `— đăng lúc ${formatDateTime(i.scheduledAt)}`
          : `— ${i.authorName ? `${i.authorName}, ` : ''}chờ ${formatAge(i.updatedAt, props.now)}`}
      </span>
      {props.showNote && i.note?.text && (
        <blockquote class="work-note">
          {i.note.kind === 'return' ? 'Trả lại' : 'Ghi chú'} bởi {i.note.accountName} lúc{' '}
          {formatDateTime(i.note.createdAt)}: {i.note.text}
        </blockquote>
      )}
    </li>
  );
}

/** A titled list with its count and a link to the whole list in the newsroom queue. */
function List(props: {
  id: string;
  title: string;
  list: WorkList;
  empty: string;
  all: string;
  now: Date;
  when?: 'age' | 'scheduled';
  showNote?: boolean;
}) {
  const { list } = props;
  return (
    <section aria-labelledby={props.id} class="work-list">
      <h3 id={props.id}>
        {props.title} <span class="badge">{formatCount(list.total)}</span>
      </h3>
      {list.total === 0 ? (
        <p class="muted">{props.empty}</p>
      ) : (
        <>
          <ul>
            {list.items.map((item) => (
              <Item
                item={item}
                now={props.now}
                when={props.when ?? 'age'}
                showNote={props.showNote ?? false}
              />
            ))}
          </ul>
          {list.total > list.items.length && (
            <p>
              <a href={props.all}>Xem tất cả {formatCount(list.total)} bài</a>
            </p>
          )}
        </>
      )}
    </section>
  );
}

/**
 * "Việc của tôi" on the dashboard: what was sent back to me (with the note), my drafts, what
 * waits for me to edit or approve (oldest first, with how long it has waited) and what is
 * scheduled; every item opens the article, every list the queue filtered to it.
 */
export function MyWorkPanel(props: { work: MyWork; now: Date }): Child {
  const w = props.work;
  const now = props.now;
  return (
    <section class="panel" aria-labelledby="h-my-work">
      <h2 id="h-my-work">Việc của tôi</h2>
      {w.toApprove && (
        <List
          id="h-work-approve"
          title="Chờ tôi duyệt"
          list={w.toApprove}
          empty="Không có bài nào chờ duyệt."
          all="/quan-tri/bai-viet?trang-thai=approval"
          now={now}
          showNote
        />
      )}
      {w.toEdit && (
        <List
          id="h-work-edit"
          title="Chờ tôi biên tập"
          list={w.toEdit}
          empty="Không có bài nào chờ biên tập."
          all="/quan-tri/bai-viet?trang-thai=review"
          now={now}
          showNote
        />
      )}
      <List
        id="h-work-returned"
        title="Bài bị trả lại"
        list={w.returned}
        empty="Không có bài nào bị trả lại."
        all="/quan-tri/bai-viet?trang-thai=draft"
        now={now}
        showNote
      />
      <List
        id="h-work-drafts"
        title="Bản nháp của tôi"
        list={w.drafts}
        empty="Chưa có bản nháp nào."
        all="/quan-tri/bai-viet?trang-thai=draft"
        now={now}
      />
      <List
        id="h-work-scheduled"
        title="Đã hẹn giờ đăng"
        list={w.scheduled}
        empty="Không có bài nào hẹn giờ."
        all="/quan-tri/bai-viet?trang-thai=scheduled"
        now={now}
        when="scheduled"
      />
    </section>
  );
}
