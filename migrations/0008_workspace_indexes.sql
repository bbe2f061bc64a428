-- "My work" and review reminders (src/modules/workspace): partial indexes so each list is an index range, not a scan of 50,000 services.
-- Published versions by publication date: services not reviewed for over a year.
CREATE INDEX IF NOT EXISTS "service_versions_published_at_idx" ON "service_versions" ("published_at") WHERE "state" = 'published';
--> statement-breakpoint
-- Drafts by their author: "my drafts".
CREATE INDEX IF NOT EXISTS "service_versions_draft_creator_idx" ON "service_versions" ("created_by") WHERE "state" = 'draft';
--> statement-breakpoint
-- Current versions waiting for work (drafts and submitted ones), by owner: the publication queue.
CREATE INDEX IF NOT EXISTS "service_listings_pending_idx" ON "service_listings" ("state", "owner_institution_id") WHERE "visibility" = 'current' AND "state" IN ('draft', 'submitted');
--> statement-breakpoint
-- Active, appointed service and resource managers by scope: "services/resources without a manager" as an index-only anti-join.
CREATE INDEX IF NOT EXISTS "role_assignments_active_manager_idx" ON "role_assignments" ("scope_id", "role") WHERE "ended_at" IS NULL AND "person_id" IS NOT NULL;
