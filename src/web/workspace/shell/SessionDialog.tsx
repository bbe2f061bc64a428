import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.js';
import { useSession } from '../session.js';

/**
 * When the session expires mid-work, asks for the password in a dialog over the page,
 * so nothing typed is lost; the user then repeats the action (e.g. presses Save again).
 */
export function SessionDialog() {
  const { t } = useTranslation();
  const { expired, session, signIn } = useSession();
  const ref = useRef<HTMLDialogElement>(null);
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (expired && !d.open) d.showModal();
    if (!expired && d.open) d.close();
  }, [expired]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      await signIn(login, password);
      setPassword('');
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('error.network'));
    }
  }

  return (
    <dialog ref={ref} aria-labelledby="session-dialog-title" className="dialog">
      <form onSubmit={submit} className="stack">
        <h2 id="session-dialog-title">{t('session.expiredTitle')}</h2>
        <p>{t('session.expiredText')}</p>
        <label>
          {t('login.login')}
          <input name="login" autoComplete="username" value={login || session?.person?.email || ''} onChange={(e) => setLogin(e.target.value)} required />
        </label>
        <label>
          {t('login.password')}
          <input name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        </label>
        {error && <p role="alert" className="error">{error}</p>}
        <button type="submit" className="primary">{t('login.submit')}</button>
      </form>
    </dialog>
  );
}
