import { useTranslation } from 'react-i18next';
import { localized } from '../../i18n.js';
import type { Schemas } from '../../api/client.js';

export const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Opening hours as a table by weekday (Monday first), closed days said in words. */
export function OpeningHoursTable({ hours }: { hours: NonNullable<Schemas['ChannelPoint']['openingHours']> }) {
  const { t, i18n } = useTranslation('channel-points');
  const notes = localized(i18n.language, hours.notesLv, hours.notesEn);
  return (
    <>
      <table className="narrow">
        <thead>
          <tr>
            <th scope="col">{t('hours.day')}</th>
            <th scope="col">{t('hours.time')}</th>
          </tr>
        </thead>
        <tbody>
          {WEEKDAYS.map((d) => {
            const intervals = hours.weekly[d] ?? [];
            return (
              <tr key={d}>
                <th scope="row">{t(`weekday.${d}`)}</th>
                <td>{intervals.length === 0 ? t('hours.closed') : intervals.map((i) => i.replace('-', '–')).join(', ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {notes && <p>{notes}</p>}
    </>
  );
}
