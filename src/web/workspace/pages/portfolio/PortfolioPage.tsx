import { useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client.js';
import { localized } from '../../i18n.js';
import { usePageTitle } from '../../shell/usePageTitle.js';
import { Field } from '../../ui/Field.js';
import { Pager } from '../../ui/Pager.js';
import { ProblemAlert, QueryState } from '../../ui/QueryState.js';

const PAGE_SIZE = 20;
type Portfolio = Schemas['Portfolio'];

/** Whether the caller may approve the institution's service list (R10): the institution's allowedActions say (portfolio.policy). */
function useMayApprove(institutionId: string): boolean {
  const institution = useQuery({
    queryKey: ['institutions', 'one', institutionId],
    queryFn: async () => unwrap(await api.GET('/api/v1/institutions/{id}', { params: { path: { id: institutionId } } })),
  });
  return !!institution.data?.allowedActions.includes('approvePortfolio');
}

const formatDate = (iso: string | null, lang: string) => (iso ? new Date(iso).toLocaleDateString(lang === 'en' ? 'en-GB' : 'lv-LV') : '—');

/** An institution's approved service list (R11): its published services, and every approval of the list by the portfolio manager (R10). */
export default function PortfolioPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('portfolio');
  const lang = i18n.language;
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page') ?? '1') || 1;
  const portfolio = useQuery({
    queryKey: ['portfolio', id, page],
    placeholderData: keepPreviousData,
    queryFn: async () => unwrap(await api.GET('/api/v1/institutions/{id}/portfolio', { params: { path: { id }, query: { page, pageSize: PAGE_SIZE } } })),
  });
  const p = portfolio.data;
  const name = p ? localized(lang, p.institution.nameLv, p.institution.nameEn) : '';
  usePageTitle(p ? t('title', { name }) : t('nav'));
  const mayApprove = useMayApprove(id);

  return (
    <QueryState isLoading={portfolio.isLoading} error={portfolio.error}>
      {p && (
        <section>
          <p className="muted"><Link to={`/iestades/${p.institution.id}`}>{name}</Link></p>
          <h1>{t('title', { name })}</h1>
          <p className="muted">{t('intro')}</p>
          <dl className="props">
            <dt>{t('manager')}</dt>
            <dd>{p.portfolioManager ? `${p.portfolioManager.givenName} ${p.portfolioManager.familyName}` : <span className="badge error">{t('noManager')}</span>}</dd>
            <dt>{t('lastApproval')}</dt>
            <dd>
              {p.approvals.items[0] && page === 1 ? formatDate(p.approvals.items[0].approvedAt, lang) : p.approvals.total === 0 ? t('never') : '—'}{' '}
              {p.matchesLastApproval ? <span className="badge ok">{t('matches')}</span> : <span className="badge warn">{t('differs')}</span>}
            </dd>
          </dl>
          <ServiceList portfolio={p} />
          {mayApprove && <ApproveForm institutionId={id} />}
          <Approvals portfolio={p} page={page} onPage={(n) => setParams({ page: String(n) })} />
        </section>
      )}
    </QueryState>
  );
}

function ServiceList({ portfolio }: { portfolio: Portfolio }) {
  const { t, i18n } = useTranslation('portfolio');
  const lang = i18n.language;
  return (
    <>
      <h2 id="portfolio-services">{t('services', { count: portfolio.services.length })}</h2>
      {portfolio.services.length === 0 ? (
        <p>{t('noServices')}</p>
      ) : (
        <div className="table-wrap">
          <table aria-labelledby="portfolio-services">
            <thead>
              <tr>
                <th scope="col">{t('code')}</th>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t('recipientType')}</th>
                <th scope="col">{t('complexity')}</th>
                <th scope="col">{t('digitalStatus')}</th>
                <th scope="col">{t('published')}</th>
              </tr>
            </thead>
            <tbody>
              {portfolio.services.map((s) => (
                <tr key={s.id}>
                  <td>{s.code}</td>
                  <td>
                    <Link to={`/pakalpojumi/${s.id}`}>{localized(lang, s.nameLv, s.nameEn) || s.code}</Link>
                    {s.isTemplate && <> <span className="badge">{t('template')}</span></>}
                  </td>
                  <td>{s.recipientType ? t(`services:enum.recipientType.${s.recipientType}`) : '—'}</td>
                  <td>{s.complexity ? t(`services:enum.complexity.${s.complexity}`) : '—'}</td>
                  <td>{t(`services:enum.digitalStatus.${s.digitalStatus}`)}</td>
                  <td>{t('version', { no: s.versionNo, date: formatDate(s.publishedAt, lang) })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** The portfolio manager approves the list as it stands, with a note why (R10). */
function ApproveForm({ institutionId }: { institutionId: string }) {
  const { t } = useTranslation('portfolio');
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const [done, setDone] = useState(false);
  const approve = useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/institutions/{id}/portfolio/approve', { params: { path: { id: institutionId } }, body: { note: note.trim() || null } })),
    onSuccess: async (fresh) => {
      setNote('');
      setDone(true);
      queryClient.setQueryData(['portfolio', institutionId, 1], fresh);
      await queryClient.invalidateQueries({ queryKey: ['portfolio', institutionId] });
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    approve.mutate();
  };
  return (
    <section aria-labelledby="approve-title" className="card">
      <h2 id="approve-title">{t('approve.title')}</h2>
      <p className="hint">{t('approve.hint')}</p>
      <form onSubmit={onSubmit} noValidate className="stack">
        <Field label={t('approve.note')} hint={t('approve.noteHint')}>
          <textarea name="note" value={note} onChange={(e) => setNote(e.target.value)} />
        </Field>
        <ProblemAlert error={approve.error} labelOf={(path) => (path.replace(/^body\./, '') === 'note' ? t('approve.note') : path)} />
        <div className="row">
          <button type="submit" className="primary" disabled={approve.isPending}>{t('approve.submit')}</button>
          <p role="status" aria-live="polite" className="save-status">{done ? t('approve.done') : ''}</p>
        </div>
      </form>
    </section>
  );
}

function Approvals({ portfolio, page, onPage }: { portfolio: Portfolio; page: number; onPage: (n: number) => void }) {
  const { t, i18n } = useTranslation('portfolio');
  const lang = i18n.language;
  const { items, total } = portfolio.approvals;
  const codes = new Map(portfolio.services.map((s) => [s.id, s.code]));
  const show = (ids: string[]) => ids.map((x) => codes.get(x) ?? x.slice(0, 8)).join(', ');
  return (
    <>
      <h2 id="portfolio-approvals">{t('approvals.title')}</h2>
      {total === 0 ? (
        <p>{t('never')}</p>
      ) : (
        <>
          <div className="table-wrap">
            <table aria-labelledby="portfolio-approvals">
              <thead>
                <tr>
                  <th scope="col">{t('approvals.when')}</th>
                  <th scope="col">{t('approvals.kind')}</th>
                  <th scope="col">{t('approvals.by')}</th>
                  <th scope="col">{t('approvals.count')}</th>
                  <th scope="col">{t('approvals.change')}</th>
                  <th scope="col">{t('approvals.note')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((a) => (
                  <tr key={a.id}>
                    <td>{new Date(a.approvedAt).toLocaleString(lang === 'en' ? 'en-GB' : 'lv-LV')}</td>
                    <td>{t(`kinds.${a.kind}`)}</td>
                    <td>{a.approvedBy.givenName} {a.approvedBy.familyName}</td>
                    <td>{a.serviceCount}</td>
                    <td>
                      {!a.change || (a.change.added.length === 0 && a.change.removed.length === 0) ? '—' : (
                        <>
                          {a.change.added.length > 0 && <div><ins>{t('approvals.added', { list: show(a.change.added) })}</ins></div>}
                          {a.change.removed.length > 0 && <div><del>{t('approvals.removed', { list: show(a.change.removed) })}</del></div>}
                        </>
                      )}
                    </td>
                    <td>{a.note ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={page} pageSize={PAGE_SIZE} total={total} onPage={onPage} />
        </>
      )}
    </>
  );
}
