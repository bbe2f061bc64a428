import { useQuery } from '@tanstack/react-query';
import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap, etagOf, type Schemas } from '../../api/client.js';
import { localized } from '../../i18n.js';
import './services.css';

export type Service = Schemas['Service'];
export type ServiceRef = Schemas['ServiceRef'];

/** One service (current version) with its ETag for the next write. */
export function useService(id: string) {
  return useQuery({
    queryKey: ['services', 'detail', id],
    queryFn: async () => {
      const r = await api.GET('/api/v1/services/{id}', { params: { path: { id }, query: { version: 'current' } } });
      return { service: unwrap(r), etag: etagOf(r.response) };
    },
  });
}

/** The service's name in the page language, falling back to its code. */
export function serviceName(lang: string, s: { nameLv?: string | null; nameEn?: string | null; code?: string } | undefined): string {
  if (!s) return '';
  return localized(lang, s.nameLv, s.nameEn) || s.code || '';
}

/** A date and time in the page language (Latvian: 23.11.2026 21:15). */
export function formatDateTime(lang: string, iso: string | null | undefined): string {
  if (!iso) return '';
  return new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'lv-LV', { dateStyle: 'short', timeStyle: 'short' });
}

export function formatDate(lang: string, iso: string | null | undefined): string {
  if (!iso) return '';
  return new Date(iso).toLocaleDateString(lang === 'en' ? 'en-GB' : 'lv-LV');
}

/** Publication status and digital status as text badges (never colour alone). */
export function StatusBadges({ status, digitalStatus, versionState }: { status: Service['status']; digitalStatus: Service['digitalStatus']; versionState?: Service['versionState'] }) {
  const { t } = useTranslation('services');
  const statusClass = status === 'published' ? 'ok' : status === 'archived' ? 'error' : 'warn';
  return (
    <span className="svc-badges">
      <span className={`badge ${statusClass}`}>{t(`enum.status.${status}`)}</span>
      {versionState === 'submitted' && <span className="badge warn">{t('enum.versionState.submitted')}</span>}
      <span className={`badge digital-${digitalStatus}`}>{t(`enum.digitalStatus.${digitalStatus}`)}</span>
    </span>
  );
}

/** The sub-navigation of a service: description, version history, audit trail. */
export function ServiceTabs({ id }: { id: string }) {
  const { t } = useTranslation('services');
  return (
    <nav aria-label={t('view.sections')} className="svc-tabs">
      <ul>
        <li><NavLink to={`/pakalpojumi/${id}`} end>{t('view.tabs.view')}</NavLink></li>
        <li><NavLink to={`/pakalpojumi/${id}/versijas`}>{t('view.tabs.history')}</NavLink></li>
        <li><NavLink to={`/pakalpojumi/${id}/audits`}>{t('view.tabs.audit')}</NavLink></li>
      </ul>
    </nav>
  );
}
