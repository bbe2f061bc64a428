import { lazy } from 'react';
import type { AreaModule } from '../../shell/registry.js';
import { RequireSession } from '../../shell/RequireSession.js';

const DependenciesPage = lazy(() => import('./DependenciesPage.js'));

export const routes: AreaModule['routes'] = [{ path: '/atkaribas', element: <RequireSession><DependenciesPage /></RequireSession> }];
export const nav: AreaModule['nav'] = [{ to: '/atkaribas', labelKey: 'dependencies:nav', order: 80 }];
