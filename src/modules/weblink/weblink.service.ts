import type { WeblinkGroup } from './weblink.ts';
import type { WeblinkRepository } from './weblink.repository.ts';

/** Web links for the public block. */
export function weblinkService(repo: WeblinkRepository) {
  return {
    activeGroups: (): Promise<WeblinkGroup[]> => repo.activeGroups(),
  };
}

export type WeblinkService = ReturnType<typeof weblinkService>;
