/**
 * Part of the composition root: wires the page shell (src/shell/, which imports no feature
 * module) to the modules — where the chrome's data comes from, what each module contributes
 * to the layout and the sidebar, the back office's navigation by rights, and the page cache.
 */
import type { Context } from 'hono';
import type { AppEnv } from './http/env.ts';
import { canSomewhere } from './modules/account/account.policy.ts';
import { grantedSiteIds, ROLE_LABELS } from './modules/account/account.ts';
import { mostReadSidebarBlock } from './modules/article/views/most-read.tsx';
import type { bannerService } from './modules/banner/banner.service.ts';
import type { documentService } from './modules/document/document.service.ts';
import { documentSidebarBlock } from './modules/document/views/document.public.tsx';
import { pollSidebarBlock } from './modules/poll/views/poll.views.tsx';
import type { PollService } from './modules/poll/poll.service.ts';
import { bannerHomePart, bannerSidebarBlock } from './modules/banner/views/banner.view.tsx';
import { pageEpochOf, pageResponse } from './modules/cache/cache.middleware.ts';
import type { pageCacheService } from './modules/cache/cache.service.ts';
import type { MapSummary } from './modules/map/map.ts';
import { mapFooterCredit, mapSidebarBlock } from './modules/map/views/map.sidebar.tsx';
import { unitOutline, unitOutlineHeaderPart } from './modules/map/views/map.header.tsx';
import { mediaUrl } from './modules/media/media.ts';
import type { newsroomService } from './modules/newsroom/newsroom.service.ts';
import { SearchBox } from './modules/search/views/search-box.tsx';
import type { menuService } from './modules/site/menu.service.ts';
import type { settingsService } from './modules/site/settings.service.ts';
import {
  blocksFor,
  pageTypeOf,
  type SidebarBlockId,
  type SidebarLayout,
} from './modules/site/sidebar.ts';
import type { siteService } from './modules/site/site.service.ts';
import type { Section } from './modules/site/site.ts';
import { siteFooterPart } from './modules/site/views/footer.tsx';
import { countBeaconPart } from './modules/stats/views/stats.beacon.tsx';
import { statsSidebarBlock } from './modules/stats/views/stats.summary.tsx';
import { scheduleSidebarBlock } from './modules/schedule/views/schedule.block.tsx';
import type { ScheduleService } from './modules/schedule/schedule.service.ts';
import { weblinkSidebarBlock } from './modules/weblink/views/weblink.block.tsx';
import type { weblinkService } from './modules/weblink/weblink.service.ts';
import { assetUrl, type AssetManifest } from './http/assets.ts';
import { PROVINCE_SITE_ID, siteOf } from './http/site.ts';
import type { AdminChrome, AdminNavEntry } from './shell/admin-layout.tsx';
import { currentSiteId } from './db/site-scope.ts';
import type { platformService } from './modules/platform/platform.service.ts';
import type { syndicationService } from './modules/syndication/syndication.service.ts';
import { chromeLoader, type SharedChrome } from './shell/chrome.loader.ts';
import { shellRegistry, type ShellParts, type SidebarBlock } from './shell/registry.tsx';
import type { Shell } from './shell/shell.ts';
import type { HubService } from './modules/hub/hub.service.ts';
import { hubMenuItem } from './modules/hub/hub.ts';
import { hubHomePart } from './modules/hub/views/hub.page.tsx';
import { latestMediaHomePart, type LatestMedia } from './modules/album/views/album.home.tsx';
import { videoHref } from './modules/video/video.ts';

/** Every module's contribution to the layout and the sidebar. */
export function shellParts(): ShellParts {
  const shell = shellRegistry();
  // Every block the admin can choose (site/sidebar.ts) must be here: the type checks it.
  const blocks: Record<SidebarBlockId, SidebarBlock> = {
    map: mapSidebarBlock,
    banners: bannerSidebarBlock,
    mostRead: mostReadSidebarBlock,
    links: weblinkSidebarBlock,
    stats: statsSidebarBlock,
    schedule: scheduleSidebarBlock,
    documents: documentSidebarBlock,
    poll: pollSidebarBlock,
  };
  for (const [id, block] of Object.entries(blocks)) shell.registerSidebarBlock(id, block);
  shell.registerPart('header', unitOutlineHeaderPart);
  shell.registerPart('header', () => <SearchBox />);
  shell.registerPart('beforeContent', bannerHomePart);
  shell.registerPart('beforeContent', hubHomePart);
  shell.registerPart('beforeContent', latestMediaHomePart);
  shell.registerPart('footer', siteFooterPart);
  shell.registerPart('footer', mapFooterCredit);
  shell.registerPart('pageEnd', countBeaconPart);
  return shell;
}

/** What the shell reads from the modules. */
export interface ShellSourceDeps {
  site: ReturnType<typeof siteService>;
  menus: ReturnType<typeof menuService>;
  settings: ReturnType<typeof settingsService>;
  banners: ReturnType<typeof bannerService>;
  documents: ReturnType<typeof documentService>;
  weblinks: ReturnType<typeof weblinkService>;
  newsroom: ReturnType<typeof newsroomService>;
  pages: ReturnType<typeof pageCacheService>;
  miniMap: MapSummary;
  /** The full map (absolute points: a commune's outline is framed on it). */
  map: MapSummary;
  assets: AssetManifest;
  platform: ReturnType<typeof platformService>;
  syndication: ReturnType<typeof syndicationService>;
  /** Lịch công tác: today's entries for its sidebar block. */
  schedule: Pick<ScheduleService, 'onDay' | 'today'>;
  /** Chuyên đề: the running ones show in the main menu and on the home page. */
  hubs: Pick<HubService, 'active'>;
  /** Newest albums and videos for the home page's strip. */
  albums: {
    listing(
      page: number,
      perPage?: number,
    ): Promise<{ items: { album: { title: string }; href: string }[] }>;
  };
  videos: { published(limit?: number): Promise<{ title: string; slug: string; id: number }[]> };
  /** Thăm dò ý kiến: the open poll for its sidebar block. */
  polls: Pick<PollService, 'current'>;
  clock: () => Date;
}

type Layout = {
  sidebar: SidebarLayout;
  sections: Pick<Section, 'slug' | 'kind'>[];
  /** Liên kết web drawn as the "Chọn liên kết" selector (widgets.js drives it). */
  linkPicker: boolean;
};

/** The newest four albums and videos (the home page's strip). */
async function latestMedia(deps: Pick<ShellSourceDeps, 'albums' | 'videos'>): Promise<LatestMedia> {
  const [albums, videos] = await Promise.all([deps.albums.listing(1, 4), deps.videos.published(4)]);
  return {
    albums: albums.items.map((a) => ({ title: a.album.title, href: a.href })),
    videos: videos.map((v) => ({ title: v.title, href: videoHref(v) })),
  };
}

/** The page shell over the modules (deps.shell). */
export function shellFor(deps: ShellSourceDeps): Shell {
  const load = async (): Promise<SharedChrome<Layout>> => {
    const [
      settings,
      menus,
      sidebar,
      banners,
      links,
      scheduleToday,
      hubs,
      latest,
      documents,
      polls,
    ] = await Promise.all([
      deps.site.settings(),
      deps.menus.links(),
      deps.settings.sidebarLayout(),
      deps.banners.current(),
      deps.weblinks.activeGroups(),
      deps.schedule.onDay(deps.schedule.today()),
      deps.hubs.active(),
      latestMedia(deps),
      deps.documents.latest(5),
      deps.polls.current(),
    ]);
    return {
      settings: {
        ...settings,
        logoUrl: settings.logoKey ? mediaUrl(settings.logoKey) : undefined,
        faviconUrl: settings.faviconKey ? mediaUrl(settings.faviconKey) : undefined,
        headerDesktop: settings.headerDesktopKey
          ? {
              url: mediaUrl(settings.headerDesktopKey),
              width: settings.headerDesktopWidth,
              height: settings.headerDesktopHeight,
            }
          : undefined,
        headerPhone: settings.headerPhoneKey
          ? {
              url: mediaUrl(settings.headerPhoneKey),
              width: settings.headerPhoneWidth,
              height: settings.headerPhoneHeight,
            }
          : undefined,
      },
      menu: hubs.length ? [...menus.main, hubMenuItem(hubs)] : menus.main,
      layout: {
        // No open poll: its block is left out (no empty sidebar when it is the only block).
        sidebar: polls.length ? sidebar : { blocks: sidebar.blocks.filter((b) => b.id !== 'poll') },
        sections: menus.sections,
        linkPicker: settings.linksDisplay === 'select',
      },
      data: {
        map: deps.miniMap,
        unitOutline: unitOutline(deps.map, settings.unitCode, deps.miniMap),
        banners,
        documents,
        links: { groups: links, display: settings.linksDisplay },
        footer: { menu: menus.footer, settings },
        scheduleToday,
        hubs,
        latestMedia: latest,
        polls,
      },
    };
  };
  const chrome = chromeLoader<Layout>({
    load,
    memo(c, loadShared) {
      const state = pageEpochOf(c);
      return state ? deps.pages.memo(state, 'chrome', loadShared) : loadShared();
    },
    pageOf(layout, path) {
      const pageType = pageTypeOf(path, layout.sections);
      const blocks = blocksFor(layout.sidebar, pageType);
      return { pageType, blocks, widgetsOnLean: layout.linkPicker && blocks.includes('links') };
    },
    assets: {
      css: deps.assets.css,
      pagesCss: deps.assets.pagesCss,
      js: deps.assets.js,
      count: deps.assets.count,
      typeahead: assetUrl(deps.assets, 'typeahead.js'),
      pagesJs: assetUrl(deps.assets, 'pages.js'),
    },
    widgetsJs: assetUrl(deps.assets, 'widgets.js'),
    parts: shellParts(),
    clock: deps.clock,
  });

  async function adminChrome(c: Context): Promise<AdminChrome> {
    const staff = (c as Context<AppEnv>).get('staff');
    const settings = await deps.site.settings();
    // An account without a role on the working site gets no navigation (only its 403 page).
    const active =
      staff && staff.session.state === 'active' && staff.account.granted ? staff : undefined;
    // Until a forced password change is done, every page but the account's leads back to it: no
    // navigation then, only the account and sign-out (issue #13).
    const forced = Boolean(active?.account.mustChangePassword);
    const waiting =
      active && active.account.role !== 'admin'
        ? await deps.newsroom.waiting(active.account)
        : undefined;
    const nav: AdminNavEntry[] = [];
    if (active) {
      const a = active.account;
      const can = (action: Parameters<typeof canSomewhere>[1]) => canSomewhere(a, action);
      if (can('article.create') || can('report.view'))
        nav.push({
          href: '/quan-tri/bai-viet',
          label: 'Bài viết',
          note: waiting && waiting.drafts > 0 ? `nháp của bạn: ${waiting.drafts}` : undefined,
        });
      if (waiting && can('article.forward'))
        nav.push({
          href: '/quan-tri/bai-viet?trang-thai=review',
          label: 'Chờ biên tập',
          count: waiting.review,
        });
      if (waiting && can('article.publish'))
        nav.push({
          href: '/quan-tri/bai-viet?trang-thai=approval',
          label: 'Chờ duyệt',
          count: waiting.approval,
        });
      // Tin cơ sở: on a site that others report to, its approvers take their proposals.
      if (can('article.publish') && deps.platform.directory().hasChildren(currentSiteId()))
        nav.push({
          href: '/quan-tri/tin-co-so',
          label: 'Tin cơ sở đề xuất',
          count: await deps.syndication.waiting(),
        });
      if (can('article.publish'))
        nav.push({ href: '/quan-tri/trang-gioi-thieu', label: 'Trang giới thiệu' });
      if (can('participation.handle'))
        nav.push({ href: '/quan-tri/gop-y', label: 'Góp ý, hỏi đáp' });
      else if (can('participation.manage'))
        nav.push({ href: '/quan-tri/gop-y/cai-dat', label: 'Góp ý, hỏi đáp' });
      if (can('organisation.manage'))
        nav.push({ href: '/quan-tri/co-cau-to-chuc', label: 'Cơ cấu tổ chức' });
      if (can('schedule.draft'))
        nav.push({ href: '/quan-tri/lich-cong-tac', label: 'Lịch công tác' });
      if (can('document.create')) nav.push({ href: '/quan-tri/van-ban', label: 'Văn bản' });
      if (can('participation.handle'))
        nav.push({ href: '/quan-tri/lay-y-kien', label: 'Lấy ý kiến dự thảo' });
      if (can('media.upload')) nav.push({ href: '/quan-tri/thu-vien', label: 'Thư viện media' });
      if (can('album.create')) nav.push({ href: '/quan-tri/thu-vien-anh', label: 'Thư viện ảnh' });
      if (can('album.create')) nav.push({ href: '/quan-tri/video', label: 'Video' });
      // Hub editors reach their hubs; the list shows each account only what it may edit.
      if (can('hub.edit')) nav.push({ href: '/quan-tri/chuyen-de', label: 'Chuyên đề' });
      if (can('poll.manage')) nav.push({ href: '/quan-tri/tham-do', label: 'Thăm dò ý kiến' });
      if (can('account.manage')) nav.push({ href: '/quan-tri/nguoi-dung', label: 'Người dùng' });
      if (can('report.view')) nav.push({ href: '/quan-tri/bao-cao', label: 'Báo cáo' });
      if (can('stats.view')) nav.push({ href: '/quan-tri/thong-ke', label: 'Thống kê truy cập' });
      if (can('audit.view')) nav.push({ href: '/quan-tri/nhat-ky', label: 'Nhật ký hệ thống' });
      if (can('settings.manage')) nav.push({ href: '/quan-tri/cai-dat', label: 'Cài đặt trang' });
      if (can('settings.manage') || can('article.edit'))
        nav.push({ href: '/quan-tri/ban-do', label: 'Bản đồ, địa danh' });
      // The system admin (admin on the province) manages the member sites; the route checks again.
      if (a.role === 'admin' && siteOf(c).id === PROVINCE_SITE_ID)
        nav.push({ href: '/quan-tri/trang', label: 'Trang thành viên' });
      if (a.role === 'admin' && siteOf(c).id === PROVINCE_SITE_ID)
        nav.push({ href: '/quan-tri/nhap-du-lieu', label: 'Nhập dữ liệu' });
    }
    // The site switcher: the sites this account holds a role on (a system admin: every site).
    const dir = deps.platform.directory();
    const sites = active
      ? grantedSiteIds(
          active.account,
          dir.sites.map((s) => s.id),
        ).flatMap((id) => {
          const s = dir.byId(id);
          return s ? [{ id, name: s.name }] : [];
        })
      : [];
    return {
      siteName: settings.shortName,
      css: deps.assets.css,
      pagesCss: deps.assets.pagesCss,
      adminCss: deps.assets.adminCss,
      js: deps.assets.js,
      staff: active && {
        name: active.account.fullName,
        roleLabel: ROLE_LABELS[active.account.role],
        csrf: active.session.csrfToken,
      },
      nav: forced ? [] : nav,
      navHidden: forced,
      path: c.req.path,
      sites: sites.length > 1 ? sites : [],
      siteId: staff?.siteId,
      // A site reached on its own host, or worked on from the province's host: its own address.
      publicHref:
        siteOf(c).prefix === '' && siteOf(c).id !== PROVINCE_SITE_ID ? `${siteOf(c).base}/` : '/',
    };
  }

  return { chrome, adminChrome, respond: pageResponse };
}
