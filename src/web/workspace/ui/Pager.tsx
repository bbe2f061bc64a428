import { useTranslation } from 'react-i18next';

/** Previous / next paging with the position, for server-side paged lists. */
export function Pager({ page, pageSize, total, onPage }: { page: number; pageSize: number; total: number; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav aria-label={t('pager.label')} className="pager">
      <button type="button" onClick={() => onPage(page - 1)} disabled={page <= 1}>{t('pager.previous')}</button>
      <span aria-live="polite">{t('pager.position', { page, pages, count: total })}</span>
      <button type="button" onClick={() => onPage(page + 1)} disabled={page >= pages}>{t('pager.next')}</button>
    </nav>
  );
}
