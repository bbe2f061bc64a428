-- Extensions used by search (pg_trgm, unaccent); both ship with PGlite and PostgreSQL contrib.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
-- The audit log is append-only: the database itself refuses UPDATE, DELETE and TRUNCATE.
CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
--> statement-breakpoint
-- Single-holder roles: one active person per role and scope (R13–R17).
CREATE UNIQUE INDEX role_assignments_single_holder_uq ON role_assignments (role, coalesce(scope_id, '00000000-0000-0000-0000-000000000000'::uuid))
  WHERE ended_at IS NULL AND role IN ('stateLead','sectorLead','municipalLead','portfolioOwner','serviceOwner','resourcePortfolioOwner','resourceOwner');
--> statement-breakpoint
-- Exactly one active policy version.
CREATE UNIQUE INDEX policy_versions_one_active_uq ON policy_versions ((status)) WHERE status = 'active';
--> statement-breakpoint
-- Enumerations checked by the database too, so no path can store an unknown code.
ALTER TABLE institutions ADD CONSTRAINT institutions_group_ck CHECK (group_code IN ('directAdministration','derivedPublicPerson','capitalCompany','judiciary','privatePerson','associationFoundation'));
--> statement-breakpoint
ALTER TABLE services ADD CONSTRAINT services_status_ck CHECK (status IN ('draft','published','archived'));
--> statement-breakpoint
ALTER TABLE service_versions ADD CONSTRAINT service_versions_state_ck CHECK (state IN ('draft','submitted','published','superseded','archived'));
--> statement-breakpoint
ALTER TABLE service_version_channel_points ADD CONSTRAINT svcp_phase_ck CHECK (phase IN ('request','receipt'));
--> statement-breakpoint
ALTER TABLE service_version_links ADD CONSTRAINT svl_kind_ck CHECK (kind IN ('component','dependsOn','replaces','merges'));
--> statement-breakpoint
-- Trigram indexes for name lookups in lists and pickers.
CREATE INDEX service_versions_name_lv_trgm ON service_versions USING gin (name_lv gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX institutions_name_lv_trgm ON institutions USING gin (name_lv gin_trgm_ops);
