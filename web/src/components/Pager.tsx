// Server-side paging: the list's page and size live in the URL (?page=0&size=20), so a reload or a shared link shows
// the same page; the API answers {items, page, size, totalItems, totalPages} (docs/api.md).
import { useSearchParams } from "react-router";
import { t } from "../i18n";

export const PAGE_SIZES = [10, 20, 50, 100] as const;

export interface PageInfo {
  page?: number;
  size?: number;
  totalItems?: number;
  totalPages?: number;
}

/** page and size from the URL, and setters that keep the other parameters (filters) as they are */
export function usePaging(defaultSize = 20) {
  const [params, setParams] = useSearchParams();
  const page = Math.max(0, Number.parseInt(params.get("page") ?? "0", 10) || 0);
  const sizeParam = Number.parseInt(params.get("size") ?? "", 10);
  const size = PAGE_SIZES.includes(sizeParam as (typeof PAGE_SIZES)[number]) ? sizeParam : defaultSize;
  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined || value === "") next.delete(key);
      else next.set(key, value);
    }
    setParams(next);
  };
  return {
    page,
    size,
    params,
    setPage: (value: number) => update({ page: value === 0 ? undefined : String(value) }),
    setSize: (value: number) => update({ size: String(value), page: undefined }),
    /** a filter changed: back to the first page */
    setFilters: (filters: Record<string, string | undefined>) => update({ ...filters, page: undefined }),
  };
}

export function Pager({ info, onPage, onSize, size }: { info: PageInfo; onPage: (page: number) => void; onSize: (size: number) => void; size: number }) {
  const page = info.page ?? 0;
  const pages = Math.max(1, info.totalPages ?? 1);
  return (
    <nav aria-label={t.common.pagination} className="pager">
      <button type="button" onClick={() => onPage(page - 1)} disabled={page <= 0}>
        {t.common.previous}
      </button>
      <span aria-live="polite">{t.common.pageOf(page + 1, pages, info.totalItems ?? 0)}</span>
      <button type="button" onClick={() => onPage(page + 1)} disabled={page + 1 >= pages}>
        {t.common.next}
      </button>
      <label>
        {t.common.pageSize}{" "}
        <select value={size} onChange={(event) => onSize(Number(event.target.value))}>
          {PAGE_SIZES.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
      </label>
    </nav>
  );
}
