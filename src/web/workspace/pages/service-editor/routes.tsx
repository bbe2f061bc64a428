import { lazy } from 'react';
import type { AreaModule } from '../../shell/registry.js';
import { RequireSession } from '../../shell/RequireSession.js';

const EditorPage = lazy(() => import('./EditorPage.js'));

/** The service editor: a new service (optionally from a unified template) and the draft of an existing one. */
export const routes: AreaModule['routes'] = [
  { path: '/pakalpojumi/jauns', element: <RequireSession><EditorPage key="new" /></RequireSession> },
  { path: '/pakalpojumi/:id/labot', element: <RequireSession><EditorPage /></RequireSession> },
];
