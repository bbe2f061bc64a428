import { describe, expect, it } from 'vitest';
import { allowedLinkOrNull, isAllowedLinkUrl } from './urls.js';

describe('allowed links', () => {
  it.each(['https://www.latvija.gov.lv', 'https://likumi.lv/ta/id/57980-par-nekustama-ipasuma-nodokli', 'HTTPS://VID.GOV.LV/a?b=c#d', 'mailto:info@vid.gov.lv', 'mailto:info@vid.gov.lv?subject=Jautājums', 'tel:+37167120000', 'tel:67120000'])(
    'accepts %s',
    (url) => expect(isAllowedLinkUrl(url)).toBe(true),
  );

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'java\tscript:alert(1)',
    '\u0001javascript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'http://www.vid.gov.lv',
    'file:///etc/passwd',
    'ftp://example.lv',
    '//evil.example',
    '/relative/path',
    'https://',
    'https://user:pass@vid.gov.lv',
    'https://vid.gov.lv/a b',
    'https://vid.gov.lv/\u2028',
    'mailto:',
    'mailto:javascript:alert(1)',
    'tel:javascript:alert(1)',
    'tel:',
    '',
  ])('refuses %j', (url) => expect(isAllowedLinkUrl(url)).toBe(false));

  it('keeps an allowed link and drops any other for output', () => {
    expect(allowedLinkOrNull('https://vid.gov.lv')).toBe('https://vid.gov.lv');
    expect(allowedLinkOrNull('javascript:alert(1)')).toBeNull();
    expect(allowedLinkOrNull(null)).toBeNull();
  });
});
