import { lazy } from 'react';
import type { AreaModule } from '../../shell/registry.js';
import { RequireSession } from '../../shell/RequireSession.js';

const InstitutionsListPage = lazy(() => import('./InstitutionsListPage.js'));
const InstitutionPage = lazy(() => import('./InstitutionPage.js'));

export const routes: AreaModule['routes'] = [
  { path: '/iestades', element: <RequireSession><InstitutionsListPage /></RequireSession> },
  { path: '/iestades/:id', element: <RequireSession><InstitutionPage /></RequireSession> },
];
export const nav: AreaModule['nav'] = [{ to: '/iestades', labelKey: 'institutions:nav', order: 40 }];
