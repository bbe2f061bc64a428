import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.js';
import { localized } from '../../i18n.js';
import { usePageTitle } from '../../shell/usePageTitle.js';
import { QueryState } from '../../ui/QueryState.js';
import { usePolicyNames } from '../policy/usePolicy.js';
import { RolesSection } from './RolesSection.js';
import { SafeLink } from '../../ui/SafeLink.js';

/** One institution: group and kind, place in the hierarchy, former names, activity directions, roles. */
export default function InstitutionPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('institutions');
  const names = usePolicyNames();
  const query = useQuery({
    queryKey: ['institutions', 'one', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/institutions/{id}', { params: { path: { id } } })),
  });
  const children = useQuery({
    queryKey: ['institutions', 'children', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/institutions', { params: { query: { parentId: id, pageSize: 200 } } })),
    enabled: !!query.data && query.data.childCount > 0,
  });
  const inst = query.data;
  const name = inst ? localized(i18n.language, inst.nameLv, inst.nameEn) : undefined;
  usePageTitle(name ?? t('page.title'));

  return (
    <QueryState isLoading={query.isLoading} error={query.error}>
      {inst && (
        <article>
          <nav aria-label={t('page.hierarchy')}>
            <ol style={{ display: 'flex', flexWrap: 'wrap', gap: '0.25rem 0.5rem', listStyle: 'none', padding: 0, margin: 0 }}>
              <li><Link to="/iestades">{t('list.title')}</Link> <span aria-hidden="true">›</span></li>
              {inst.ancestors.map((a) => (
                <li key={a.id}><Link to={`/iestades/${a.id}`}>{a.nameLv}</Link> <span aria-hidden="true">›</span></li>
              ))}
              <li aria-current="page">{inst.shortName ?? inst.code}</li>
            </ol>
          </nav>
          <h1>{name}</h1>
          <dl className="props">
            <dt>{t('field.code')}</dt>
            <dd>{inst.code}{inst.shortName ? ` (${inst.shortName})` : ''}</dd>
            <dt>{t('field.registrationNumber')}</dt>
            <dd>{inst.registrationNumber}</dd>
            <dt>{t('field.group')}</dt>
            <dd>{names.group(inst.groupCode)}</dd>
            <dt>{t('field.kind')}</dt>
            <dd>{t(`kind.${inst.kind}`)}</dd>
            {inst.website && (
              <>
                <dt>{t('field.website')}</dt>
                <dd><SafeLink href={inst.website} /></dd>
              </>
            )}
            {inst.email && (
              <>
                <dt>{t('field.email')}</dt>
                <dd><a href={`mailto:${inst.email}`}>{inst.email}</a></dd>
              </>
            )}
          </dl>
          <p className="row">
            <Link to={`/pakalpojumi?iestade=${inst.id}`}>{t('page.services')}</Link>
            <Link to={`/iestades/${inst.id}/pakalpojumu-saraksts`}>{t('page.portfolio')}</Link>
            <Link to={`/kanali?institutionId=${inst.id}`}>{t('page.channelPoints')}</Link>
          </p>

          <h2>{t('page.subordinates')}</h2>
          {inst.childCount === 0 ? (
            <p className="muted">{t('page.noSubordinates')}</p>
          ) : (
            <QueryState isLoading={children.isLoading} error={children.error}>
              <ul>
                {children.data?.items.map((c) => (
                  <li key={c.id}><Link to={`/iestades/${c.id}`}>{localized(i18n.language, c.nameLv, c.nameEn)}</Link> <span className="muted">({t(`kind.${c.kind}`)})</span></li>
                ))}
              </ul>
            </QueryState>
          )}

          <h2>{t('page.formerNames')}</h2>
          {inst.formerNames.length === 0 ? (
            <p className="muted">{t('page.noFormerNames')}</p>
          ) : (
            <ul>
              {inst.formerNames.map((f, i) => (
                <li key={i}>{localized(i18n.language, f.nameLv, f.nameEn)} — {t('page.until', { date: f.until })}</li>
              ))}
            </ul>
          )}

          <h2>{t('page.activityDirections')}</h2>
          {inst.activityDirections.length === 0 ? (
            <p className="muted">{t('page.noActivityDirections')}</p>
          ) : (
            <ul>
              {inst.activityDirections.map((d) => (
                <li key={d.id}>{localized(i18n.language, d.nameLv, d.nameEn)} <span className="muted">({d.code})</span></li>
              ))}
            </ul>
          )}

          <RolesSection institutionId={inst.id} />
        </article>
      )}
    </QueryState>
  );
}
