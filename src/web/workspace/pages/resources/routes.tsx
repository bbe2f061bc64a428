import { lazy } from 'react';
import type { AreaModule } from '../../shell/registry.js';
import { RequireSession } from '../../shell/RequireSession.js';

const ResourcesListPage = lazy(() => import('./ResourcesListPage.js'));
const ResourcePage = lazy(() => import('./ResourcePage.js'));
const ResourceCreatePage = lazy(() => import('./ResourceCreatePage.js'));

export const routes: AreaModule['routes'] = [
  { path: '/resursi', element: <RequireSession><ResourcesListPage /></RequireSession> },
  { path: '/resursi/jauns', element: <RequireSession><ResourceCreatePage /></RequireSession> },
  { path: '/resursi/:id', element: <RequireSession><ResourcePage /></RequireSession> },
];
export const nav: AreaModule['nav'] = [{ to: '/resursi', labelKey: 'resources:nav', order: 70 }];
