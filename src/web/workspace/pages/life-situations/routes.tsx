import { lazy } from 'react';
import type { AreaModule } from '../../shell/registry.js';
import { RequireSession } from '../../shell/RequireSession.js';

const LifeSituationsListPage = lazy(() => import('./LifeSituationsListPage.js'));
const LifeSituationPage = lazy(() => import('./LifeSituationPage.js'));

export const routes: AreaModule['routes'] = [
  { path: '/dzives-situacijas', element: <RequireSession><LifeSituationsListPage /></RequireSession> },
  { path: '/dzives-situacijas/:id', element: <RequireSession><LifeSituationPage /></RequireSession> },
];
export const nav: AreaModule['nav'] = [{ to: '/dzives-situacijas', labelKey: 'life-situations:nav', order: 50 }];
