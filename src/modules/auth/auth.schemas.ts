import { z } from 'zod';

export const LoginBody = z.object({
  login: z.string().trim().min(1).max(200),
  password: z.string().min(1).max(1000),
});

export const SessionResponse = z
  .object({
    authenticated: z.boolean(),
    personId: z.uuid().nullable(),
    institutionId: z.uuid().nullable(),
    isSystemAdmin: z.boolean(),
    roles: z.array(z.object({ role: z.string(), institutionId: z.uuid(), scopeType: z.string(), scopeId: z.uuid().nullable() })),
    csrfToken: z.string().nullable(),
    /** Who is signed in, for the page header. */
    person: z.object({ givenName: z.string(), familyName: z.string(), email: z.string() }).nullable(),
    /** The institution that employs the person. */
    institution: z.object({ id: z.uuid(), code: z.string(), nameLv: z.string() }).nullable(),
  })
  .meta({ id: 'Session' });

export const CreateTokenBody = z.object({
  name: z.string().trim().min(1).max(100),
  expiresInDays: z.number().int().min(1).max(3650).optional(),
});

export const TokenResponse = z.object({
  id: z.uuid(),
  name: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable().optional(),
  revokedAt: z.string().nullable().optional(),
  token: z.string().optional().describe('The secret; shown only once, when created'),
});
