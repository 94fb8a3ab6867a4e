import { vnDayKey } from '../lib/date.ts';
import { organisationRepository } from '../modules/organisation/organisation.repository.ts';
import { scheduleRepository } from '../modules/schedule/schedule.repository.ts';
import type { Session } from '../modules/schedule/schedule.ts';
import { daysOf, shiftWeek, weekOf } from '../modules/schedule/week.ts';
import type { Db } from '../db/connect.ts';

/**
 * Demo Cơ cấu tổ chức and Lịch công tác, so that a first start shows both filled. The people
 * are invented (no real official's name); the bodies and the shape of the week are those of a
 * provincial Party committee. The site's office replaces them in the back office.
 */

const TERM = 'Khóa XV (2025–2030)';
const PAST_TERM = 'Khóa XIV (2020–2025)';
/** The day the XV term's Standing Committee was elected (demo). */
const TERM_START = '2025-10-10';
const HALL = 'Trụ sở Tỉnh ủy, phường Điện Biên Phủ, tỉnh Điện Biên';

interface DemoUnit {
  key: string;
  parent?: string;
  name: string;
  description: string;
  phone?: string;
  email?: string;
}

const units: DemoUnit[] = [
  {
    key: 'bch',
    name: 'Ban Chấp hành Đảng bộ tỉnh',
    description:
      'Cơ quan lãnh đạo của Đảng bộ tỉnh giữa hai kỳ đại hội; họp thường lệ ba tháng một lần.',
  },
  {
    key: 'btv',
    parent: 'bch',
    name: 'Ban Thường vụ Tỉnh ủy',
    description:
      'Lãnh đạo, kiểm tra việc thực hiện nghị quyết đại hội và nghị quyết của Ban Chấp hành giữa hai kỳ hội nghị.',
  },
  {
    key: 'tt',
    parent: 'btv',
    name: 'Thường trực Tỉnh ủy',
    description:
      'Bí thư và các Phó Bí thư; chủ trì giải quyết công việc hằng ngày của Đảng bộ tỉnh.',
  },
  {
    key: 'vp',
    parent: 'bch',
    name: 'Văn phòng Tỉnh ủy',
    description:
      'Tham mưu tổng hợp, điều phối hoạt động của Tỉnh ủy; xây dựng và theo dõi lịch công tác của Thường trực Tỉnh ủy.',
    phone: '0215 3825 112',
    email: 'vanphong.tinhuy@dienbien.dcs.vn',
  },
  {
    key: 'btc',
    parent: 'bch',
    name: 'Ban Tổ chức Tỉnh ủy',
    description: 'Tham mưu về tổ chức bộ máy, công tác cán bộ, đảng viên, bảo vệ chính trị nội bộ.',
    phone: '0215 3825 230',
    email: 'bantochuc.tinhuy@dienbien.dcs.vn',
  },
  {
    key: 'ubkt',
    parent: 'bch',
    name: 'Ủy ban Kiểm tra Tỉnh ủy',
    description: 'Kiểm tra, giám sát, thi hành kỷ luật đảng theo Điều lệ Đảng.',
    phone: '0215 3825 445',
    email: 'ubkt.tinhuy@dienbien.dcs.vn',
  },
  {
    key: 'btgdv',
    parent: 'bch',
    name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy',
    description:
      'Tham mưu về công tác tư tưởng, tuyên truyền, báo chí, khoa giáo và công tác dân vận; chỉ đạo Trang thông tin điện tử Đảng bộ tỉnh.',
    phone: '0215 3825 368',
    email: 'bantuyengiao.tinhuy@dienbien.dcs.vn',
  },
  {
    key: 'bnc',
    parent: 'bch',
    name: 'Ban Nội chính Tỉnh ủy',
    description:
      'Tham mưu về công tác nội chính, phòng, chống tham nhũng, lãng phí, tiêu cực và cải cách tư pháp.',
    phone: '0215 3825 579',
    email: 'bannoichinh.tinhuy@dienbien.dcs.vn',
  },
];

interface DemoPerson {
  key: string;
  fullName: string;
  responsibilities: string;
  posts: {
    unit: string;
    title: string;
    leadership: boolean;
    term?: string;
    from?: string;
    to?: string;
  }[];
}

const people: DemoPerson[] = [
  {
    key: 'bithu',
    fullName: 'Giàng A Dình',
    responsibilities:
      'Lãnh đạo toàn diện Ban Chấp hành, Ban Thường vụ Tỉnh ủy; trực tiếp phụ trách công tác tổ chức cán bộ, quốc phòng, an ninh, nội chính.',
    posts: [{ unit: 'tt', title: 'Bí thư Tỉnh ủy', leadership: true }],
  },
  {
    key: 'pbttt',
    fullName: 'Lò Thị Hương',
    responsibilities:
      'Thường trực giải quyết công việc hằng ngày của Tỉnh ủy; phụ trách công tác xây dựng Đảng, kiểm tra, giám sát, dân vận.',
    posts: [{ unit: 'tt', title: 'Phó Bí thư Thường trực Tỉnh ủy', leadership: true }],
  },
  {
    key: 'pbtct',
    fullName: 'Nguyễn Đức Thành',
    responsibilities:
      'Lãnh đạo Đảng ủy Ủy ban nhân dân tỉnh; phụ trách lĩnh vực kinh tế - xã hội, đầu tư công.',
    posts: [
      { unit: 'tt', title: 'Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh', leadership: true },
    ],
  },
  {
    key: 'tbtc',
    fullName: 'Quàng Văn Khiêm',
    responsibilities: 'Phụ trách công tác tổ chức, cán bộ, đảng viên; bảo vệ chính trị nội bộ.',
    posts: [
      {
        unit: 'btc',
        title: 'Phó Trưởng Ban Tổ chức Tỉnh ủy',
        leadership: false,
        term: PAST_TERM,
        from: '2021-03-01',
        to: '2025-10-09',
      },
      { unit: 'btc', title: 'Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy', leadership: true },
    ],
  },
  {
    key: 'cvp',
    fullName: 'Phạm Thu Trang',
    responsibilities:
      'Điều hành Văn phòng Tỉnh ủy; tổ chức xây dựng, công bố lịch công tác của Thường trực Tỉnh ủy.',
    posts: [
      { unit: 'vp', title: 'Ủy viên Ban Thường vụ, Chánh Văn phòng Tỉnh ủy', leadership: true },
    ],
  },
  {
    key: 'cnubkt',
    fullName: 'Vì Văn Sơn',
    responsibilities: 'Phụ trách công tác kiểm tra, giám sát, thi hành kỷ luật đảng.',
    posts: [
      {
        unit: 'ubkt',
        title: 'Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy',
        leadership: true,
      },
    ],
  },
  {
    key: 'tbtg',
    fullName: 'Trần Minh Hải',
    responsibilities:
      'Phụ trách công tác tuyên giáo, dân vận, báo chí; Trưởng Ban Biên tập Trang thông tin điện tử Đảng bộ tỉnh.',
    posts: [
      {
        unit: 'btgdv',
        title: 'Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy',
        leadership: true,
      },
    ],
  },
];

/** One item of the demo week: the weekday (1 Monday … 7 Sunday), session, time and who chairs. */
interface DemoEntry {
  weekday: number;
  session: Session;
  start: string;
  content: string;
  participants: string;
  place: string;
  chair: string;
  highlighted?: boolean;
}

/** The shape of a provincial Standing Committee's week (weekends: the leader on duty). */
function demoWeek(variant: number): DemoEntry[] {
  const visits = ['xã Mường Nhé', 'xã Mường Phăng', 'xã Sín Thầu'];
  const place = visits[variant % visits.length]!;
  return [
    {
      weekday: 1,
      session: 'sang',
      start: '07:30',
      content: 'Giao ban Thường trực Tỉnh ủy',
      participants: 'Các đồng chí Thường trực Tỉnh ủy; Chánh Văn phòng Tỉnh ủy',
      place: 'Phòng họp Thường trực Tỉnh ủy',
      chair: 'bithu',
    },
    {
      weekday: 1,
      session: 'chieu',
      start: '14:00',
      content: 'Làm việc với Ban Tổ chức Tỉnh ủy về công tác cán bộ',
      participants: 'Lãnh đạo Ban Tổ chức Tỉnh ủy',
      place: 'Phòng họp số 2, Tỉnh ủy',
      chair: 'bithu',
    },
    {
      weekday: 2,
      session: 'sang',
      start: '08:00',
      content: 'Hội nghị Ban Thường vụ Tỉnh ủy thường kỳ',
      participants: 'Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy',
      place: 'Hội trường Tỉnh ủy',
      chair: 'bithu',
      highlighted: true,
    },
    {
      weekday: 2,
      session: 'chieu',
      start: '14:00',
      content: 'Tiếp công dân định kỳ',
      participants: 'Đại diện Ban Nội chính, Ủy ban Kiểm tra Tỉnh ủy',
      place: 'Trụ sở Tiếp công dân tỉnh',
      chair: 'pbttt',
    },
    {
      weekday: 3,
      session: 'sang',
      start: '07:30',
      content: `Kiểm tra, làm việc với Ban Thường vụ Đảng ủy ${place}`,
      participants: 'Lãnh đạo Ban Tổ chức, Văn phòng Tỉnh ủy',
      place: `Trụ sở Đảng ủy ${place}`,
      chair: 'bithu',
    },
    {
      weekday: 3,
      session: 'chieu',
      start: '14:00',
      content: 'Làm việc với Ban Tuyên giáo và Dân vận Tỉnh ủy về công tác tuyên truyền',
      participants: 'Lãnh đạo Ban Tuyên giáo và Dân vận; Ban Biên tập Trang thông tin điện tử',
      place: 'Phòng họp số 1, Tỉnh ủy',
      chair: 'pbttt',
    },
    {
      weekday: 4,
      session: 'sang',
      start: '08:00',
      content: 'Hội nghị trực tuyến toàn quốc quán triệt, triển khai nghị quyết của Bộ Chính trị',
      participants: 'Các đồng chí Ủy viên Ban Chấp hành Đảng bộ tỉnh',
      place: 'Điểm cầu Tỉnh ủy',
      chair: 'bithu',
      highlighted: true,
    },
    {
      weekday: 4,
      session: 'chieu',
      start: '14:00',
      content: 'Làm việc với Ủy ban Kiểm tra Tỉnh ủy về kết quả kiểm tra, giám sát',
      participants: 'Lãnh đạo Ủy ban Kiểm tra Tỉnh ủy',
      place: 'Phòng họp số 2, Tỉnh ủy',
      chair: 'pbttt',
    },
    {
      weekday: 5,
      session: 'sang',
      start: '08:00',
      content: 'Thường trực Tỉnh ủy làm việc với Đảng ủy Ủy ban nhân dân tỉnh',
      participants: 'Thường trực Tỉnh ủy; Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh',
      place: 'Phòng họp Thường trực Tỉnh ủy',
      chair: 'bithu',
    },
    {
      weekday: 5,
      session: 'chieu',
      start: '14:00',
      content: 'Giải quyết công việc thường xuyên',
      participants: '',
      place: 'Trụ sở làm việc',
      chair: 'pbtct',
    },
    {
      weekday: 6,
      session: 'sang',
      start: '07:30',
      content: 'Trực lãnh đạo Tỉnh ủy',
      participants: '',
      place: 'Trụ sở Tỉnh ủy',
      chair: 'pbttt',
    },
    {
      weekday: 7,
      session: 'sang',
      start: '07:30',
      content: 'Trực lãnh đạo Tỉnh ủy',
      participants: '',
      place: 'Trụ sở Tỉnh ủy',
      chair: 'cvp',
    },
  ];
}

/**
 * Writes the demo organisation (units, people, posts in the XV term, one post of the XIV term)
 * and three demo weeks of the leadership's schedule around `at`: last week and this week
 * published, next week published except its Friday, left for the approver (chờ duyệt).
 */
export async function seedDemoOrganisation(db: Db, at: Date): Promise<void> {
  const org = organisationRepository(db);
  const unitIds = new Map<string, number>();
  for (const [i, u] of units.entries()) {
    const id = await org.insertUnit(
      {
        parentId: u.parent ? (unitIds.get(u.parent) ?? null) : null,
        name: u.name,
        description: u.description,
        phone: u.phone ?? '',
        email: u.email ?? '',
        address: u.phone ? HALL : '',
        position: i,
      },
      at,
    );
    unitIds.set(u.key, id);
  }
  const personIds = new Map<string, number>();
  let position = 0;
  for (const p of people) {
    const id = await org.insertPerson(
      { fullName: p.fullName, responsibilities: p.responsibilities, phone: '', email: '' },
      at,
    );
    personIds.set(p.key, id);
    for (const post of p.posts) {
      await org.insertPost(
        {
          personId: id,
          unitId: unitIds.get(post.unit) ?? null,
          title: post.title,
          term: post.term ?? TERM,
          startsOn: post.from ?? TERM_START,
          endsOn: post.to ?? null,
          leadership: post.leadership,
          position: position++,
        },
        at,
      );
    }
  }

  const schedule = scheduleRepository(db);
  const thisWeek = weekOf(vnDayKey(at));
  for (const offset of [-1, 0, 1]) {
    const days = daysOf(shiftWeek(thisWeek, offset));
    for (const e of demoWeek(offset + 1)) {
      const day = days[e.weekday - 1]!;
      const id = await schedule.insert(
        {
          day,
          session: e.session,
          startTime: e.start,
          endTime: '',
          content: e.content,
          participants: e.participants,
          place: e.place,
          chairPersonId: personIds.get(e.chair) ?? null,
          chairNote: '',
          highlighted: e.highlighted ?? false,
          unitId: null,
        },
        at,
      );
      const pending = offset === 1 && e.weekday === 5;
      if (!pending) await schedule.publish(id, at);
    }
  }
}
