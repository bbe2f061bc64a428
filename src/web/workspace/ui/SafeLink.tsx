import type { ReactNode } from 'react';
import { isAllowedLinkUrl } from '../../../shared/urls.js';

/**
 * A stored link (service contacts, legal basis, channel points, websites).
 * React does not block `data:` or `vbscript:` addresses in `href`, so a value
 * that is not an allowed link (https:, mailto:, tel: — src/shared/urls.ts) is
 * shown as text, never as a link, also for rows stored before the rule.
 */
export function SafeLink({ href, children }: { href: string | null | undefined; children?: ReactNode }) {
  const content = children ?? href;
  if (!isAllowedLinkUrl(href)) return <>{content}</>;
  return <a href={href}>{content}</a>;
}
