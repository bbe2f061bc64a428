import { describe, expect, it } from 'vitest';
import { checkChannelPointFields, checkOpeningHours, parseInterval, requiredFieldsFor, type ChannelTypeMeaning } from './channel-points.rules.js';

const types = new Map<string, ChannelTypeMeaning>(
  (
    [
      ['institutionPortal', 'remoteElectronic', true],
      ['mobileApp', 'remoteElectronic', true],
      ['eAddress', 'remoteElectronic', true],
      ['email', 'remoteElectronic', true],
      ['sms', 'remoteElectronic', true],
      ['phone', 'remoteElectronic', false],
      ['post', 'remotePhysical', false],
      ['vpvkac', 'inPerson', false],
      ['recipientPremises', 'inPerson', false],
    ] as const
  ).map(([code, environment, digital]) => [code, { code, environment, digital }]),
);

const paths = (issues: { path: string }[]) => issues.map((i) => i.path);

describe('channel point type-dependent fields', () => {
  it('requires an address for in-person places, except at the recipient’s premises', () => {
    expect(requiredFieldsFor(types.get('vpvkac')!)).toEqual(['address']);
    expect(requiredFieldsFor(types.get('recipientPremises')!)).toEqual([]);
    expect(paths(checkChannelPointFields({ channelType: 'vpvkac' }, types))).toEqual(['address']);
    expect(checkChannelPointFields({ channelType: 'vpvkac', address: 'Pils iela 1, Rīga' }, types)).toEqual([]);
  });

  it('requires an https address for portals and mobile apps', () => {
    expect(paths(checkChannelPointFields({ channelType: 'institutionPortal' }, types))).toEqual(['url']);
    const http = checkChannelPointFields({ channelType: 'mobileApp', url: 'http://app.example.lv' }, types);
    expect(http).toMatchObject([{ path: 'url', code: 'httpsRequired' }]);
    expect(checkChannelPointFields({ channelType: 'institutionPortal', url: 'https://www.vid.gov.lv' }, types)).toEqual([]);
  });

  it('requires a phone number for phone and SMS, an e-mail address for e-mail, nothing extra for the e-address', () => {
    expect(paths(checkChannelPointFields({ channelType: 'phone', phone: '  ' }, types))).toEqual(['phone']);
    expect(paths(checkChannelPointFields({ channelType: 'sms' }, types))).toEqual(['phone']);
    expect(paths(checkChannelPointFields({ channelType: 'email' }, types))).toEqual(['email']);
    expect(checkChannelPointFields({ channelType: 'eAddress' }, types)).toEqual([]);
    expect(checkChannelPointFields({ channelType: 'post', address: null }, types)).toEqual([]);
  });

  it('refuses a channel type that the active policy version does not know', () => {
    expect(checkChannelPointFields({ channelType: 'fax' }, types)).toMatchObject([{ path: 'channelType', code: 'unknownChannelType' }]);
  });
});

describe('opening hours', () => {
  it('accepts well-formed intervals, a break and a day ending at 24:00', () => {
    expect(checkOpeningHours({ weekly: { '1': ['08:30-12:00', '12:30-17:00'], '5': ['08:30-15:00'], '6': ['00:00-24:00'] } })).toEqual([]);
    expect(parseInterval('08:30-17:00')).toEqual({ start: 510, end: 1020 });
    expect(checkOpeningHours(null)).toEqual([]);
  });

  it('names the interval that is malformed or out of range', () => {
    const issues = checkOpeningHours({ weekly: { '2': ['8:30-17:00', '09:00-25:00', '09:60-10:00'] } });
    expect(paths(issues)).toEqual(['openingHours.weekly.2[0]', 'openingHours.weekly.2[1]', 'openingHours.weekly.2[2]']);
    expect(issues.every((i) => i.code === 'invalidInterval')).toBe(true);
  });

  it('refuses an interval that does not start before it ends', () => {
    expect(checkOpeningHours({ weekly: { '3': ['17:00-08:30'] } })).toMatchObject([{ path: 'openingHours.weekly.3[0]', code: 'intervalOrder' }]);
    expect(checkOpeningHours({ weekly: { '3': ['10:00-10:00'] } })).toMatchObject([{ code: 'intervalOrder' }]);
  });

  it('refuses overlapping intervals in one day, naming the later one', () => {
    expect(checkOpeningHours({ weekly: { '4': ['12:00-18:00', '08:00-12:30'] } })).toMatchObject([{ path: 'openingHours.weekly.4[0]', code: 'intervalOverlap' }]);
  });

  it('refuses a weekday outside 1–7', () => {
    expect(checkOpeningHours({ weekly: { '8': ['08:00-12:00'] } })).toMatchObject([{ path: 'openingHours.weekly.8', code: 'invalidWeekday' }]);
  });
});
