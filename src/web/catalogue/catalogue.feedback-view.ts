/**
 * The feedback form of a public service page: works without JavaScript (POST,
 * then redirect to a thank-you page), an accessible fieldset of ten radio
 * buttons, no personal data asked, a signed form token and a honeypot field.
 */
import { html, type HtmlValue } from './html.js';
import { t } from './catalogue.messages.js';
import { href, pick, type PageContext } from './catalogue.view.js';
import { MAX_COMMENT_LENGTH, MAX_RATING, MIN_RATING, OTHER_CHANNEL } from '../../modules/feedback/feedback.rules.js';

/** What the person sent, and what was wrong with it, when the form is shown again. */
export interface FeedbackFormState {
  values?: { rating?: string; comment?: string; channel?: string };
  /** Message keys (with params) of the problems, each tied to a field. */
  errors?: { field: 'rating' | 'comment' | 'channel' | 'form'; key: string; params?: Record<string, unknown> }[];
}

export interface FeedbackFormData {
  serviceCode: string;
  token: string;
  channels: string[];
  types: Map<string, { nameLv: string; nameEn: string }>;
}

const capitalise = (s: string) => (s ? s[0].toLocaleUpperCase('lv') + s.slice(1) : s);

export function feedbackForm(ctx: PageContext, f: FeedbackFormData, state: FeedbackFormState): HtmlValue {
  const L = (key: string, params?: Record<string, unknown>) => t(ctx.locale, key, params);
  const v = state.values ?? {};
  const errors = state.errors ?? [];
  const errorOf = (field: string) => errors.find((e) => e.field === field);
  const fieldError = (field: string) => {
    const e = errorOf(field);
    return e ? html`<p class="field-error" id="fb-${field}-error">${L(e.key, e.params)}</p>` : '';
  };
  const ratings = Array.from({ length: MAX_RATING - MIN_RATING + 1 }, (_, i) => String(MIN_RATING + i));
  const channels = [...f.channels, OTHER_CHANNEL];
  const channelLabel = (c: string) => {
    if (c === OTHER_CHANNEL) return L('cat.fb.channel.other');
    const type = f.types.get(c);
    return type ? capitalise(pick(ctx, type.nameLv, type.nameEn)) : c;
  };
  const chosenChannel = v.channel && channels.includes(v.channel) ? v.channel : undefined;
  return html`<section id="vertejums" class="feedback" aria-labelledby="vertejums-h">
  <h2 id="vertejums-h">${L('cat.fb.title')}</h2>
  <p>${L('cat.fb.lead')}</p>
  ${errors.length ? html`<div class="error-summary" role="alert" tabindex="-1" id="fb-errors"><h3>${L('cat.fb.err.title')}</h3><ul>${errors.map((e) => html`<li><a href="#fb-${e.field === 'form' ? 'rating' : e.field}">${L(e.key, e.params)}</a></li>`)}</ul></div>` : ''}
  <form method="post" action="${href(ctx, `/pakalpojumi/${encodeURIComponent(f.serviceCode)}/vertejums`)}#vertejums" class="feedback-form" novalidate>
    <input type="hidden" name="formToken" value="${f.token}">
    <fieldset class="rating"${errorOf('rating') ? html` aria-describedby="fb-rating-error"` : ''}>
      <legend id="fb-rating">${L('cat.fb.scale')}</legend>
      ${fieldError('rating')}
      <div class="rating-scale">
        ${ratings.map((r) => html`<span class="rating-option"><input type="radio" name="rating" id="fb-rating-${r}" value="${r}"${v.rating === r ? html` checked` : ''} required><label for="fb-rating-${r}">${r}</label></span>`)}
      </div>
      <p class="rating-ends" aria-hidden="true"><span>1 — ${L('cat.fb.scaleLow')}</span><span>10 — ${L('cat.fb.scaleHigh')}</span></p>
    </fieldset>
    <fieldset class="channel-choice"${errorOf('channel') ? html` aria-describedby="fb-channel-error"` : ''}>
      <legend id="fb-channel">${L('cat.fb.channel')}</legend>
      ${fieldError('channel')}
      ${channels.map((c, i) => html`<div class="choice"><input type="radio" name="channel" id="fb-channel-${i}" value="${c}"${chosenChannel === c ? html` checked` : ''}><label for="fb-channel-${i}">${channelLabel(c)}</label></div>`)}
    </fieldset>
    <div class="field">
      <label for="fb-comment">${L('cat.fb.comment')}</label>
      <p class="hint" id="fb-comment-hint">${L('cat.fb.commentHint', { max: MAX_COMMENT_LENGTH })}</p>
      ${fieldError('comment')}
      <textarea id="fb-comment" name="comment" rows="4" maxlength="${MAX_COMMENT_LENGTH}" aria-describedby="fb-comment-hint${errorOf('comment') ? ' fb-comment-error' : ''}">${v.comment ?? ''}</textarea>
    </div>
    <div class="hp" aria-hidden="true">
      <label for="fb-website">${L('cat.fb.honeypot')}</label>
      <input type="text" id="fb-website" name="website" tabindex="-1" autocomplete="off">
    </div>
    <button type="submit">${L('cat.fb.submit')}</button>
  </form>
</section>`;
}
