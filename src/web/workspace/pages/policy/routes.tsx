import { lazy } from 'react';
import type { AreaModule } from '../../shell/registry.js';
import { RequireSession } from '../../shell/RequireSession.js';

const PolicyPage = lazy(() => import('./PolicyPage.js'));
const PolicyVersionsPage = lazy(() => import('./PolicyVersionsPage.js'));

export const routes: AreaModule['routes'] = [
  { path: '/politika', element: <RequireSession><PolicyPage /></RequireSession> },
  { path: '/politika/versijas', element: <RequireSession><PolicyVersionsPage /></RequireSession> },
];
export const nav: AreaModule['nav'] = [{ to: '/politika', labelKey: 'policy:nav', order: 90 }];
