/** A web link in the "Liên kết web" block. */
export interface Weblink {
  id: number;
  title: string;
  url: string;
  newTab: boolean;
}

/** A named group of links, in display order. */
export interface WeblinkGroup {
  id: number;
  name: string;
  links: Weblink[];
}
