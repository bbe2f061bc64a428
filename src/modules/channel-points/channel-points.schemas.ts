import { z } from 'zod';
import { CHANNEL_ENVIRONMENTS, MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from '../../shared/enums.js';
import { allowedActions, LinkUrl, optionalText, pageOf, PageQuery, SortOrder, text } from '../../platform/http/schemas.js';
import { CHANNEL_POINT_ACTIONS, CHANNEL_POINT_COLLECTION_ACTIONS } from './channel-points.policy.js';

export const ChannelPointCode = z
  .string()
  .trim()
  .regex(/^[A-Z0-9][A-Z0-9-]{1,59}$/, 'Code: 2–60 capital letters, digits and hyphens');

/** ISO weekdays, 1 = Monday. */
export const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;

/** Intervals are checked in detail (format, order, overlaps) by `checkOpeningHours`, which names the exact path. */
const DayIntervals = z.array(z.string().trim().max(20)).max(8);

export const OpeningHoursInput = z
  .object({
    weekly: z
      .object(Object.fromEntries(WEEKDAYS.map((d) => [d, DayIntervals.optional()])) as Record<(typeof WEEKDAYS)[number], z.ZodOptional<typeof DayIntervals>>)
      .strict(),
    notesLv: optionalText(2000),
    notesEn: optionalText(2000),
  })
  .strict()
  .meta({ id: 'OpeningHours', description: 'Per ISO weekday (1 = Monday) a list of "HH:MM-HH:MM" intervals, plus notes (holidays, breaks).' });
export type OpeningHoursInput = z.infer<typeof OpeningHoursInput>;

const Phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ()-]{2,29}$/, 'Phone: digits, spaces, hyphens and brackets, optionally starting with +');

const contactFields = {
  nameLv: text(MAX_NAME_LENGTH),
  nameEn: optionalText(MAX_NAME_LENGTH),
  url: LinkUrl(1000).nullish(),
  address: optionalText(500),
  phone: Phone.nullish(),
  email: z.email().max(200).nullish(),
  openingHours: OpeningHoursInput.nullish(),
  accessibilityNotesLv: optionalText(MAX_TEXT_LENGTH),
  accessibilityNotesEn: optionalText(MAX_TEXT_LENGTH),
};

export const ChannelPointCreate = z
  .object({
    code: ChannelPointCode,
    institutionId: z.uuid(),
    /** A channel type code of the active policy version (B8), e.g. "vpvkac", "institutionPortal", "phone". */
    channelType: z.string().trim().min(1).max(60),
    ...contactFields,
  })
  .strict()
  .meta({ id: 'ChannelPointCreate' });
export type ChannelPointCreate = z.infer<typeof ChannelPointCreate>;

export const ChannelPointUpdate = z
  .object({
    code: ChannelPointCode,
    institutionId: z.uuid(),
    channelType: z.string().trim().min(1).max(60),
    ...contactFields,
    /** Reactivates (true) or deactivates (false) the point. */
    active: z.boolean(),
  })
  .partial()
  .strict()
  .meta({ id: 'ChannelPointUpdate' });
export type ChannelPointUpdate = z.infer<typeof ChannelPointUpdate>;

const OpeningHoursOut = z.object({
  weekly: z.partialRecord(z.enum(WEEKDAYS), z.array(z.string())),
  notesLv: z.string().nullable().optional(),
  notesEn: z.string().nullable().optional(),
});

export const ChannelPointSummary = z
  .object({
    id: z.uuid(),
    code: z.string(),
    institution: z.object({ id: z.uuid(), code: z.string(), nameLv: z.string() }),
    channelType: z.string(),
    /** From the active policy version; null when the type is no longer in it. */
    environment: z.enum(CHANNEL_ENVIRONMENTS).nullable(),
    digital: z.boolean().nullable(),
    nameLv: z.string(),
    nameEn: z.string().nullable(),
    url: z.string().nullable(),
    address: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    active: z.boolean(),
    version: z.number().int(),
    allowedActions: allowedActions(CHANNEL_POINT_ACTIONS, 'What the caller may do to the point now (channel-points.policy): edit it, archive it (take it out of use).'),
  })
  .meta({ id: 'ChannelPointSummary' });

export const ChannelPointResponse = ChannelPointSummary.extend({
  openingHours: OpeningHoursOut.nullable(),
  accessibilityNotesLv: z.string().nullable(),
  accessibilityNotesEn: z.string().nullable(),
  /** Services whose current or published version uses this point (what a change here affects). */
  serviceCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: 'ChannelPoint' });

const BoolQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

export const ChannelPointListQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional(),
  institutionId: z.uuid().optional(),
  channelType: z.string().trim().max(60).optional(),
  environment: z.enum(CHANNEL_ENVIRONMENTS).optional(),
  /** Anonymous callers always get active points only. */
  active: BoolQuery.optional(),
  sort: z.enum(['nameLv', 'code', 'channelType', 'createdAt']).default('nameLv'),
  order: SortOrder,
});
export type ChannelPointListQuery = z.infer<typeof ChannelPointListQuery>;

export const ChannelPointPage = pageOf(ChannelPointSummary)
  .extend({ allowedActions: allowedActions(CHANNEL_POINT_COLLECTION_ACTIONS, 'What the caller may do on the list: register a point in the institution filtered to (institutionId), or in some institution.') })
  .meta({ id: 'ChannelPointPage' });
