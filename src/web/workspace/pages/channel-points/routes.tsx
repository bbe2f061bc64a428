import { lazy } from 'react';
import type { AreaModule } from '../../shell/registry.js';
import { RequireSession } from '../../shell/RequireSession.js';

const ChannelPointsListPage = lazy(() => import('./ChannelPointsListPage.js'));
const ChannelPointPage = lazy(() => import('./ChannelPointPage.js'));
const ChannelPointEditPage = lazy(() => import('./ChannelPointEditPage.js'));

export const routes: AreaModule['routes'] = [
  { path: '/kanali', element: <RequireSession><ChannelPointsListPage /></RequireSession> },
  { path: '/kanali/jauns', element: <RequireSession><ChannelPointEditPage /></RequireSession> },
  { path: '/kanali/:id', element: <RequireSession><ChannelPointPage /></RequireSession> },
  { path: '/kanali/:id/labot', element: <RequireSession><ChannelPointEditPage /></RequireSession> },
];
export const nav: AreaModule['nav'] = [{ to: '/kanali', labelKey: 'channel-points:nav', order: 60 }];
