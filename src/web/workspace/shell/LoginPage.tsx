import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.js';
import { useSession } from '../session.js';
import { usePageTitle } from './usePageTitle.js';

/** Sign-in with the register's accounts; returns to `?next=` (same-site paths only). */
export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('login.title'));
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(login.trim(), password);
      const next = params.get('next');
      if (next && next.startsWith('/') && !next.startsWith('//')) {
        // A catalogue page (outside the app) needs a full page load.
        if (next.startsWith('/darbvieta/')) void navigate(next.slice('/darbvieta'.length), { replace: true });
        else if (next.startsWith('/starpiestazu') || next === '/') window.location.assign(next);
        else void navigate(next, { replace: true });
      } else void navigate('/', { replace: true });
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('error.network'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="narrow">
      <h1>{t('login.title')}</h1>
      <form onSubmit={submit} className="stack" noValidate>
        <label>
          {t('login.login')}
          <input name="login" autoComplete="username" value={login} onChange={(e) => setLogin(e.target.value)} required aria-invalid={!!error} />
        </label>
        <label>
          {t('login.password')}
          <input name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required aria-invalid={!!error} />
        </label>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {t('login.submit')}
        </button>
      </form>
      <p className="muted">{t('login.demoHint')}</p>
    </section>
  );
}
