import { lazy } from 'react';
import type { AreaModule } from '../../shell/registry.js';
import { RequireSession } from '../../shell/RequireSession.js';

const MyWorkPage = lazy(() => import('./MyWorkPage.js'));

export const routes: AreaModule['routes'] = [
  { path: '/', element: <RequireSession><MyWorkPage /></RequireSession> },
];
export const nav: AreaModule['nav'] = [{ to: '/', labelKey: 'home:nav', order: 0 }];
