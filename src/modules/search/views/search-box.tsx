/** The header search box: a plain GET form to /tim-kiem, so it works without JavaScript. */
export function SearchBox() {
  return (
    <form class="searchbox" role="search" action="/tim-kiem" method="get">
      <label for="tim-kiem-dau-trang" class="sr-only">
        Tìm kiếm bài viết trên trang
      </label>
      <input
        id="tim-kiem-dau-trang"
        type="search"
        name="q"
        placeholder="Tìm kiếm bài viết…"
        maxlength={200}
        enterkeyhint="search"
      />
      <button type="submit">Tìm kiếm</button>
    </form>
  );
}
