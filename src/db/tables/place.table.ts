/** `map_unit_note`: the editable description of one commune-level unit, by official code. */
export interface MapUnitNoteTable {
  code: string;
  description: string;
  updatedAt: string;
  updatedBy: string;
}

/** `article_place`: an article tagged with a commune-level unit (xã/phường). */
export interface ArticlePlaceTable {
  articleId: number;
  unitCode: string;
}
