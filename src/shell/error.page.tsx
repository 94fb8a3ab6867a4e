import type { Chrome } from './chrome.ts';
import { Layout } from './layout.tsx';

const MESSAGES: Record<number, { title: string; text: string }> = {
  400: {
    title: 'Yêu cầu không hợp lệ',
    text: 'Địa chỉ hoặc dữ liệu gửi lên bị sai định dạng. Vui lòng kiểm tra lại địa chỉ hoặc trở về trang chủ.',
  },
  404: {
    title: 'Không tìm thấy trang',
    text: 'Trang bạn tìm không tồn tại hoặc đã được chuyển đi. Vui lòng kiểm tra lại địa chỉ hoặc trở về trang chủ.',
  },
  410: {
    title: 'Nội dung đã được gỡ bỏ',
    text: 'Nội dung này đã được gỡ khỏi trang thông tin điện tử.',
  },
  500: {
    title: 'Đã xảy ra lỗi',
    text: 'Hệ thống gặp sự cố khi xử lý yêu cầu. Vui lòng thử lại sau ít phút.',
  },
};

/** The Vietnamese error page for 400, 404, 410 and 500 (the request id helps the admin find the log). */
export function ErrorPage(props: {
  chrome: Chrome;
  status: number;
  detail?: string;
  requestId?: string;
}) {
  const m = MESSAGES[props.status] ?? MESSAGES[500]!;
  return (
    <Layout chrome={props.chrome} meta={{ title: m.title, noindex: true }}>
      <div class="error-page">
        <p class="error-code" aria-hidden="true">
          {props.status}
        </p>
        <h1 class="page-title">{m.title}</h1>
        <p>{props.detail ?? m.text}</p>
        {props.requestId && <p class="muted">Mã yêu cầu: {props.requestId}</p>}
        {props.status === 404 && (
          <form class="searchbox" role="search" action="/tim-kiem" method="get">
            <label for="tim-kiem-404" class="sr-only">
              Tìm bài viết trên trang
            </label>
            <input
              id="tim-kiem-404"
              type="search"
              name="q"
              maxlength={200}
              placeholder="Tìm bài viết trên trang…"
            />
            <button type="submit">Tìm kiếm</button>
          </form>
        )}
        <p>
          <a class="button" href="/">
            Về trang chủ
          </a>
        </p>
      </div>
    </Layout>
  );
}
