import { html, raw, type HtmlValue } from './html.js';
import { digitalBadge, href, pick, type PageContext } from './catalogue.view.js';
import { slugify } from './catalogue.slug.js';

/** The readable URL of a service page: /pakalpojumi/<code>/<slug of the Latvian name>. */
export function serviceUrl(ctx: Pick<PageContext, 'base'>, code: string, nameLv: string | null | undefined): string {
  const slug = slugify(nameLv);
  return href(ctx, `/pakalpojumi/${encodeURIComponent(code)}${slug ? `/${slug}` : ''}`);
}

export interface ServiceCard {
  code: string;
  nameLv: string | null;
  nameEn: string | null;
  summaryLv?: string | null;
  summaryEn?: string | null;
  ownerNameLv?: string | null;
  ownerNameEn?: string | null;
  digitalStatus: string;
}

const shorten = (s: string, max = 220): string => (s.length <= max ? s : `${s.slice(0, max).replace(/\s+\S*$/, '')}…`);

/** A list of services as cards: name (link), provider, a short summary and the digital status. */
export function serviceList(ctx: PageContext, items: ServiceCard[], headingLevel: 2 | 3 = 2): HtmlValue {
  if (items.length === 0) return '';
  const h = headingLevel === 2 ? ['<h2 class="card-title">', '</h2>'] : ['<h3 class="card-title">', '</h3>'];
  return html`<ul class="service-list">
    ${items.map((s) => {
      const summary = pick(ctx, s.summaryLv, s.summaryEn);
      const owner = pick(ctx, s.ownerNameLv, s.ownerNameEn);
      return html`<li class="service-card">
      ${raw(h[0])}<a href="${serviceUrl(ctx, s.code, s.nameLv)}">${pick(ctx, s.nameLv, s.nameEn) || s.code}</a>${raw(h[1])}
      ${owner ? html`<p class="card-owner">${owner}</p>` : ''}
      ${summary ? html`<p class="card-summary">${shorten(summary)}</p>` : ''}
      ${digitalBadge(ctx, s.digitalStatus)}
    </li>`;
    })}
  </ul>`;
}
