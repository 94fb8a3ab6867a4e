import { describe, expect, it } from 'vitest';
import { makesCycle, postOn, unitTree, type OrgPost, type OrgUnit } from './organisation.ts';

const post = (o: Partial<OrgPost>): OrgPost => ({
  id: 1,
  personId: 1,
  unitId: null,
  title: 'x',
  term: '',
  startsOn: '2020-01-01',
  endsOn: null,
  leadership: false,
  position: 0,
  ...o,
});

describe('posts over time', () => {
  const posts = [
    post({ id: 1, title: 'Phó Bí thư', startsOn: '2020-10-15', endsOn: '2025-06-30' }),
    post({ id: 2, title: 'Bí thư', startsOn: '2025-07-01' }),
  ];
  it('gives the title held on a day, both ends inclusive', () => {
    expect(postOn(posts, '2024-03-09')?.title).toBe('Phó Bí thư');
    expect(postOn(posts, '2025-06-30')?.title).toBe('Phó Bí thư');
    expect(postOn(posts, '2025-07-01')?.title).toBe('Bí thư');
    expect(postOn(posts, '2030-01-01')?.title).toBe('Bí thư');
    expect(postOn(posts, '2019-12-31')).toBeUndefined();
  });
  it('prefers the post started last when two overlap', () => {
    const overlap = [
      ...posts,
      post({ id: 3, title: 'Quyền Bí thư', startsOn: '2025-05-01', endsOn: '2025-07-10' }),
    ];
    expect(postOn(overlap, '2025-06-15')?.title).toBe('Quyền Bí thư');
    expect(postOn(overlap, '2025-07-05')?.title).toBe('Bí thư');
  });
});

describe('units', () => {
  const u = (id: number, parentId: number | null, position = 0): OrgUnit => ({
    id,
    parentId,
    name: `U${id}`,
    description: '',
    phone: '',
    email: '',
    address: '',
    position,
  });
  it('orders a tree with depths, and lists orphans of a cycle too', () => {
    const tree = unitTree([u(3, 1, 1), u(1, null), u(2, 1, 0), u(4, 5), u(5, 4)]);
    expect(tree.map((t) => [t.unit.id, t.depth])).toEqual([
      [1, 0],
      [2, 1],
      [3, 1],
      [4, 0],
      [5, 0],
    ]);
  });
  it('refuses a parent that is the unit itself or below it', () => {
    const units = [u(1, null), u(2, 1), u(3, 2)];
    expect(makesCycle(units, 1, 3)).toBe(true);
    expect(makesCycle(units, 1, 1)).toBe(true);
    expect(makesCycle(units, 3, 1)).toBe(false);
    expect(makesCycle(units, 2, null)).toBe(false);
  });
});
