import { lazy } from 'react';
import type { AreaModule } from '../../shell/registry.js';
import { RequireSession } from '../../shell/RequireSession.js';

const ServiceListPage = lazy(() => import('./ServiceListPage.js'));
const ServicePage = lazy(() => import('./ServicePage.js'));
const ServiceHistoryPage = lazy(() => import('./ServiceHistoryPage.js'));
const ServiceAuditPage = lazy(() => import('./ServiceAuditPage.js'));

/** The service register (read side); the editor lives in pages/service-editor. */
export const routes: AreaModule['routes'] = [
  { path: '/pakalpojumi', element: <RequireSession><ServiceListPage /></RequireSession> },
  { path: '/pakalpojumi/:id', element: <RequireSession><ServicePage /></RequireSession> },
  { path: '/pakalpojumi/:id/versijas', element: <RequireSession><ServiceHistoryPage /></RequireSession> },
  { path: '/pakalpojumi/:id/audits', element: <RequireSession><ServiceAuditPage /></RequireSession> },
];
export const nav: AreaModule['nav'] = [{ to: '/pakalpojumi', labelKey: 'services:nav', order: 10 }];
