import { lazy } from 'react';
import type { AreaModule } from '../../shell/registry.js';
import { RequireSession } from '../../shell/RequireSession.js';

const PortfolioPage = lazy(() => import('./PortfolioPage.js'));
const MyPortfolio = lazy(() => import('./MyPortfolio.js'));

export const routes: AreaModule['routes'] = [
  { path: '/pakalpojumu-saraksts', element: <RequireSession><MyPortfolio /></RequireSession> },
  { path: '/iestades/:id/pakalpojumu-saraksts', element: <RequireSession><PortfolioPage /></RequireSession> },
];
export const nav: AreaModule['nav'] = [{ to: '/pakalpojumu-saraksts', labelKey: 'portfolio:nav', order: 25 }];
