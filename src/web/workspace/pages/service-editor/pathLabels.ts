import type { TFunction } from 'i18next';

/**
 * A problem's field path as the form labels it, in the editor's language:
 * `serviceLevelTerms[0].indicators[1].values` → "PLVN 1 › rādītājs 2 › vērtības",
 * `providers[0].serviceLevelTerms[0]…` → "Sniedzējs 1 (name) › PLVN 1 › …", `contacts.email` → "Kontakti › e-pasts".
 * An index is shown counted from 1, next to the label of the list it indexes. Unknown keys are shown as they are.
 * `providerName(i)` names the i-th provider, if known.
 */
const NONE = '\u0000';

export function pathLabel(t: TFunction, path: string, providerName?: (index: number) => string | undefined): string {
  const clean = path.replace(/^body\./, '');
  const segs = clean.match(/[A-Za-z]+|\[\d+\]/g) ?? [];
  const parts: string[] = [];
  for (let k = 0; k < segs.length; k++) {
    const key = segs[k];
    if (key.startsWith('[')) {
      // An index with no list label before it (should not happen): show the number.
      parts.push(String(Number(key.slice(1, -1)) + 1));
      continue;
    }
    const next = segs[k + 1];
    const index = next?.startsWith('[') ? Number(next.slice(1, -1)) : null;
    const top = k === 0;
    if (index !== null) {
      k++;
      const n = index + 1;
      const listed = t(`path.list.${key}`, { n, defaultValue: NONE });
      let label = listed !== NONE ? listed : `${top ? t(`field.${key}`, { defaultValue: key }) : t(`path.key.${key}`, { defaultValue: key })} ${n}`;
      const name = key === 'providers' && top ? providerName?.(index) : undefined;
      if (name) label = `${label} (${name})`;
      parts.push(label);
    } else {
      parts.push(top ? t(`field.${key}`, { defaultValue: key }) : t(`path.key.${key}`, { defaultValue: key }));
    }
  }
  return parts.join(' › ');
}
