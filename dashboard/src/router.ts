// The dashboard's two pages as paths under /dashboard (the server answers index.html for all of them), moved
// between with the History API: no reload, and the back button works. Small enough not to need a router.
import { useEffect, useState } from 'react';

const BASE = '/dashboard';

export type Route = { page: 'campaigns' } | { page: 'campaign'; id: string };

export function parseRoute(pathname: string): Route {
  const match = /^\/dashboard\/campaigns\/([^/]+)\/?$/.exec(pathname);
  return match ? { page: 'campaign', id: decodeURIComponent(match[1]) } : { page: 'campaigns' };
}

export function hrefOf(route: Route): string {
  return route.page === 'campaign' ? `${BASE}/campaigns/${encodeURIComponent(route.id)}` : `${BASE}/`;
}

export function navigate(route: Route): void {
  history.pushState(null, '', hrefOf(route));
  dispatchEvent(new PopStateEvent('popstate'));
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.pathname));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.pathname));
    addEventListener('popstate', update);
    return () => removeEventListener('popstate', update);
  }, []);
  return route;
}

/** A link that moves inside the page (a plain click), or opens normally (middle click, ctrl-click). */
export function onLinkClick(route: Route) {
  return (event: { button: number; metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; preventDefault(): void }) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    navigate(route);
  };
}
