import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../src/platform/db/database.js';
import { serviceVersionChannelPoints, serviceVersionNeeds, serviceVersionResources, services, serviceVersions } from '../../src/modules/services/services.table.js';

/** Links of one version of a test service. */
export interface TestVersionLinks {
  nameLv?: string;
  needIds?: string[];
  channelPoints?: { id: string; phase: 'request' | 'receipt' }[];
  resourceIds?: string[];
  /** Default publicIndividual: anonymous callers see only public services. */
  recipientType?: string | null;
}

/**
 * Test fixture: a service with a published and/or a draft version and their
 * need, channel-point and resource links, written straight to the services
 * module's tables (so the "which services use this" queries can be tested
 * without the services API).
 */
export async function buildServiceUsing(db: Db, owner: string, opts: { published?: TestVersionLinks; draft?: TestVersionLinks; code?: string } = {}) {
  const code = opts.code ?? `S-${crypto.randomBytes(4).toString('hex').toUpperCase()}`;
  const [service] = await db
    .insert(services)
    .values({ code, ownerInstitutionId: owner, status: opts.published ? 'published' : 'draft' })
    .returning();
  let versionNo = 0;
  const addVersion = async (state: 'published' | 'draft', links: TestVersionLinks) => {
    versionNo += 1;
    const [v] = await db
      .insert(serviceVersions)
      .values({ serviceId: service.id, versionNo, state, nameLv: links.nameLv ?? `Pakalpojums ${code} ${state}`, recipientType: links.recipientType === undefined ? 'publicIndividual' : links.recipientType })
      .returning();
    for (const needId of links.needIds ?? []) await db.insert(serviceVersionNeeds).values({ versionId: v.id, needId });
    for (const cp of links.channelPoints ?? []) await db.insert(serviceVersionChannelPoints).values({ versionId: v.id, channelPointId: cp.id, phase: cp.phase });
    for (const resourceId of links.resourceIds ?? []) await db.insert(serviceVersionResources).values({ versionId: v.id, resourceId });
    return v.id;
  };
  const publishedVersionId = opts.published ? await addVersion('published', opts.published) : null;
  const draftVersionId = opts.draft ? await addVersion('draft', opts.draft) : null;
  await db.update(services).set({ publishedVersionId, draftVersionId, latestVersionNo: versionNo }).where(eq(services.id, service.id));
  return { id: service.id, code, publishedVersionId, draftVersionId };
}
