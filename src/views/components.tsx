/** Page links "1 2 3 … Sau ›" with the current page marked; `href(n)` makes each link. */
export function Pagination(props: {
  page: number;
  pageCount: number;
  href: (n: number) => string;
}) {
  const { page, pageCount } = props;
  if (pageCount <= 1) return null;
  const nums = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pageCount])]
    .filter((n) => n >= 1 && n <= pageCount)
    .sort((a, b) => a - b);
  return (
    <nav class="pagination" aria-label="Phân trang">
      <ul>
        {page > 1 && (
          <li>
            <a href={props.href(page - 1)} rel="prev">
              ‹ Trước
            </a>
          </li>
        )}
        {nums.map((n, i) => (
          <>
            {i > 0 && n - (nums[i - 1] ?? n) > 1 && (
              <li class="gap" aria-hidden="true">
                …
              </li>
            )}
            <li>
              {n === page ? (
                <span aria-current="page">{n}</span>
              ) : (
                <a href={props.href(n)} aria-label={`Trang ${n}`}>
                  {n}
                </a>
              )}
            </li>
          </>
        ))}
        {page < pageCount && (
          <li>
            <a href={props.href(page + 1)} rel="next">
              Sau ›
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
