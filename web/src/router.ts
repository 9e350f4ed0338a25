import { useEffect, useState } from 'react';

/** The app lives under /app/; pages are plain paths below it, so links work with the keyboard and in new tabs. */
export const BASE = '/app';

export type Route =
  | { page: 'screen' }
  | { page: 'entity'; id: string }
  | { page: 'lists' }
  | { page: 'batch' }
  | { page: 'documents' };

export function parseRoute(pathname: string): Route {
  const path = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname;
  const entity = /^\/entity\/(.+)$/.exec(path);
  if (entity?.[1]) return { page: 'entity', id: decodeURIComponent(entity[1]) };
  if (path === '/lists') return { page: 'lists' };
  if (path === '/batch') return { page: 'batch' };
  if (path === '/documents') return { page: 'documents' };
  return { page: 'screen' };
}

export const entityHref = (id: string): string => `${BASE}/entity/${encodeURIComponent(id)}`;

export function navigate(href: string): void {
  window.history.pushState(null, '', href);
  window.dispatchEvent(new PopStateEvent('popstate'));
  window.scrollTo(0, 0);
}

/** A click on an in-app link changes the page without a reload (modified clicks open tabs as usual). */
export function onLinkClick(event: React.MouseEvent<HTMLAnchorElement>): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(event.currentTarget.getAttribute('href') ?? `${BASE}/`);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.pathname));
  useEffect(() => {
    const update = (): void => setRoute(parseRoute(window.location.pathname));
    window.addEventListener('popstate', update);
    return () => window.removeEventListener('popstate', update);
  }, []);
  return route;
}
