import type { RouteObject } from 'react-router';

/** A link in the main navigation, contributed by an area of the workspace. */
export interface NavItem {
  to: string;
  /** i18n key, e.g. `services:nav`. */
  labelKey: string;
  /** Lower comes first. */
  order: number;
  /** Shown only to signed-in users (default true). */
  signedIn?: boolean;
}

/** What each area (`pages/<area>/routes.tsx`) exports. */
export interface AreaModule {
  routes: RouteObject[];
  nav?: NavItem[];
}

const areas = import.meta.glob<AreaModule>('../pages/*/routes.tsx', { eager: true });

/** All routes of all areas, under the signed-in shell. */
export const areaRoutes: RouteObject[] = Object.values(areas).flatMap((a) => a.routes);
/** The main navigation, in order. */
export const navItems: NavItem[] = Object.values(areas)
  .flatMap((a) => a.nav ?? [])
  .sort((a, b) => a.order - b.order);
