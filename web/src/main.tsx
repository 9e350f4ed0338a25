import { StrictMode, useCallback, useEffect, useState, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiError, getJson, storedKey, storeKey, UNAUTHORIZED_EVENT } from './api';
import { Link } from './components';
import { BASE, useRoute, type Route } from './router';
import { BatchPage } from './pages/BatchPage';
import { DocumentsPage } from './pages/DocumentsPage';
import { EntityPage } from './pages/EntityPage';
import { ListsPage } from './pages/ListsPage';
import { ScreenPage } from './pages/ScreenPage';
import './styles.css';

const NAV: { page: Route['page']; href: string; label: string }[] = [
  { page: 'screen', href: `${BASE}/`, label: 'Screen' },
  { page: 'lists', href: `${BASE}/lists`, label: 'Lists' },
  { page: 'batch', href: `${BASE}/batch`, label: 'Batch' },
  { page: 'documents', href: `${BASE}/documents`, label: 'Documents' },
];

type Access = 'checking' | 'signed-in' | 'needs-key';

function SignIn({ onSignedIn, error }: { onSignedIn: (key: string) => void; error: string | null }) {
  const [key, setKey] = useState('');
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (key.trim() !== '') onSignedIn(key.trim());
  };
  return (
    <main className="signin card">
      <h1>Sign in to Vigil</h1>
      <p>Paste the API key an administrator gave you (<code>vigil keys create</code>). It is kept in this tab only and forgotten when the tab closes.</p>
      <form onSubmit={submit}>
        <label htmlFor="api-key">API key</label>
        <input id="api-key" type="password" autoComplete="off" autoFocus value={key} onChange={(e) => setKey(e.target.value)} />
        <button type="submit">Sign in</button>
      </form>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </main>
  );
}

function App() {
  const route = useRoute();
  const [access, setAccess] = useState<Access>('checking');
  const [signInError, setSignInError] = useState<string | null>(null);

  // One cheap call tells whether the server wants a key: /catalog needs the screener role.
  const check = useCallback(async () => {
    try {
      await getJson('/catalog');
      setAccess('signed-in');
      setSignInError(null);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        if (storedKey()) setSignInError(error.message);
        storeKey(null);
        setAccess('needs-key');
      } else {
        setAccess('signed-in');
      }
    }
  }, []);

  useEffect(() => {
    void check();
    const onUnauthorized = (): void => setAccess('needs-key');
    window.addEventListener(UNAUTHORIZED_EVENT, onUnauthorized);
    return () => window.removeEventListener(UNAUTHORIZED_EVENT, onUnauthorized);
  }, [check]);

  if (access === 'checking') return <p className="loading">Connecting…</p>;
  if (access === 'needs-key') {
    return (
      <SignIn
        error={signInError}
        onSignedIn={(key) => {
          storeKey(key);
          void check();
        }}
      />
    );
  }
  const signOut = (): void => {
    storeKey(null);
    void check();
  };
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <Link href={`${BASE}/`} className="brand">
          Vigil
        </Link>
        <nav aria-label="Pages">
          {NAV.map((item) => (
            <span key={item.page} aria-current={route.page === item.page ? 'page' : undefined}>
              <Link href={item.href}>{item.label}</Link>
            </span>
          ))}
        </nav>
        {storedKey() && (
          <button type="button" className="link-button" onClick={signOut}>
            Sign out
          </button>
        )}
      </header>
      <main id="main">
        {route.page === 'screen' && <ScreenPage />}
        {route.page === 'entity' && <EntityPage id={route.id} />}
        {route.page === 'lists' && <ListsPage />}
        {route.page === 'batch' && <BatchPage />}
        {route.page === 'documents' && <DocumentsPage />}
      </main>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
