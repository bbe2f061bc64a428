CREATE TABLE "service_rule_queue" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"service_id" uuid NOT NULL,
	"queued_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_rule_results" (
	"version_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"rule" text NOT NULL,
	"outcome" text NOT NULL,
	"strength" text,
	"code" text,
	"path" text,
	"message_key" text,
	"params" jsonb,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_rule_results_version_id_seq_pk" PRIMARY KEY("version_id","seq"),
	CONSTRAINT "service_rule_results_outcome_ck" CHECK ("service_rule_results"."outcome" in ('passed', 'violated', 'notApplicable')),
	CONSTRAINT "service_rule_results_strength_ck" CHECK ("service_rule_results"."strength" is null or "service_rule_results"."strength" in ('hard', 'soft'))
);
--> statement-breakpoint
CREATE TABLE "service_rule_summaries" (
	"version_id" uuid PRIMARY KEY NOT NULL,
	"service_id" uuid NOT NULL,
	"owner_institution_id" uuid NOT NULL,
	"policy_version_id" text,
	"hard_count" integer NOT NULL,
	"soft_count" integer NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "service_rule_results" ADD CONSTRAINT "service_rule_results_version_id_service_rule_summaries_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."service_rule_summaries"("version_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_rule_summaries" ADD CONSTRAINT "service_rule_summaries_version_id_service_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."service_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_rule_summaries" ADD CONSTRAINT "service_rule_summaries_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_rule_queue_service_idx" ON "service_rule_queue" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "service_rule_results_rule_idx" ON "service_rule_results" USING btree ("rule","outcome");--> statement-breakpoint
CREATE INDEX "service_rule_summaries_service_idx" ON "service_rule_summaries" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "service_rule_summaries_owner_idx" ON "service_rule_summaries" USING btree ("owner_institution_id","hard_count");--> statement-breakpoint
-- Stored rule results go stale whenever something a rule reads changes. The
-- database marks them (ADR 0010): every write path (use cases, bulk imports,
-- seeds, maintenance SQL) is covered, and the queue is append-only, so marking
-- never waits on another writer. Statement-level triggers: one insert per
-- statement however many rows it touched.
CREATE FUNCTION service_rule_queue_services(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  -- The services themselves, the services whose components reach them (a cycle
  -- through them), those depending on them and the instances of templates among them.
  INSERT INTO service_rule_queue (service_id)
  WITH RECURSIVE changed(id) AS (SELECT DISTINCT x FROM unnest(ids) AS x WHERE x IS NOT NULL),
  up(id) AS (
    SELECT id FROM changed
    UNION
    SELECT v.service_id FROM up
      JOIN service_version_links l ON l.target_service_id = up.id AND l.kind = 'component'
      JOIN service_versions v ON v.id = l.version_id
  )
  SELECT id FROM up
  UNION SELECT v.service_id FROM changed c
    JOIN service_version_links l ON l.target_service_id = c.id AND l.kind = 'dependsOn'
    JOIN service_versions v ON v.id = l.version_id
  UNION SELECT s.id FROM changed c JOIN services s ON s.template_service_id = c.id
$$;
--> statement-breakpoint
CREATE FUNCTION service_rule_queue_on_versions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM service_rule_queue_services(ARRAY(SELECT DISTINCT service_id FROM new_rows));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER service_rule_queue_versions_ins AFTER INSERT ON service_versions REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION service_rule_queue_on_versions();
--> statement-breakpoint
CREATE TRIGGER service_rule_queue_versions_upd AFTER UPDATE ON service_versions REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION service_rule_queue_on_versions();
--> statement-breakpoint
-- R13 (service manager), R19 (providers' responsible people): the service in scope; R14 (portfolio manager): the institution's services.
CREATE FUNCTION service_rule_queue_for_roles(roles text[], scopes uuid[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO service_rule_queue (service_id)
  SELECT DISTINCT s.id FROM unnest(roles, scopes) AS x(role, scope) JOIN services s ON s.id = x.scope
   WHERE x.role IN ('serviceOwner', 'serviceProvider')
  UNION
  SELECT s.id FROM unnest(roles, scopes) AS x(role, scope) JOIN services s ON s.owner_institution_id = x.scope
   WHERE x.role = 'portfolioOwner'
$$;
--> statement-breakpoint
CREATE FUNCTION service_rule_queue_on_roles() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM service_rule_queue_for_roles(ARRAY(SELECT role FROM new_rows), ARRAY(SELECT scope_id FROM new_rows));
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM service_rule_queue_for_roles(ARRAY(SELECT role FROM old_rows), ARRAY(SELECT scope_id FROM old_rows));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER service_rule_queue_roles_ins AFTER INSERT ON role_assignments REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION service_rule_queue_on_roles();
--> statement-breakpoint
CREATE TRIGGER service_rule_queue_roles_upd AFTER UPDATE ON role_assignments REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION service_rule_queue_on_roles();
--> statement-breakpoint
CREATE TRIGGER service_rule_queue_roles_del AFTER DELETE ON role_assignments REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION service_rule_queue_on_roles();
--> statement-breakpoint
-- R02: the owner's activity directions.
CREATE FUNCTION service_rule_queue_on_directions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO service_rule_queue (service_id) SELECT s.id FROM services s WHERE s.owner_institution_id IN (SELECT institution_id FROM new_rows);
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO service_rule_queue (service_id) SELECT s.id FROM services s WHERE s.owner_institution_id IN (SELECT institution_id FROM old_rows);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER service_rule_queue_directions_ins AFTER INSERT ON activity_directions REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION service_rule_queue_on_directions();
--> statement-breakpoint
CREATE TRIGGER service_rule_queue_directions_upd AFTER UPDATE ON activity_directions REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION service_rule_queue_on_directions();
--> statement-breakpoint
CREATE TRIGGER service_rule_queue_directions_del AFTER DELETE ON activity_directions REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION service_rule_queue_on_directions();
--> statement-breakpoint
-- R25: the life situations of a service's needs.
CREATE FUNCTION service_rule_queue_on_life_situation_needs() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM service_rule_queue_services(ARRAY(SELECT DISTINCT v.service_id FROM new_rows n JOIN service_version_needs l ON l.need_id = n.need_id JOIN service_versions v ON v.id = l.version_id));
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM service_rule_queue_services(ARRAY(SELECT DISTINCT v.service_id FROM old_rows n JOIN service_version_needs l ON l.need_id = n.need_id JOIN service_versions v ON v.id = l.version_id));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER service_rule_queue_lsn_ins AFTER INSERT ON life_situation_needs REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION service_rule_queue_on_life_situation_needs();
--> statement-breakpoint
CREATE TRIGGER service_rule_queue_lsn_upd AFTER UPDATE ON life_situation_needs REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION service_rule_queue_on_life_situation_needs();
--> statement-breakpoint
CREATE TRIGGER service_rule_queue_lsn_del AFTER DELETE ON life_situation_needs REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION service_rule_queue_on_life_situation_needs();
--> statement-breakpoint
-- The channel points of a description (their channel types are part of the rule context).
CREATE FUNCTION service_rule_queue_on_channel_points() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM service_rule_queue_services(ARRAY(SELECT DISTINCT v.service_id FROM old_rows c JOIN service_version_channel_points l ON l.channel_point_id = c.id JOIN service_versions v ON v.id = l.version_id));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER service_rule_queue_channel_points_upd AFTER UPDATE ON channel_points REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION service_rule_queue_on_channel_points();
--> statement-breakpoint
CREATE TRIGGER service_rule_queue_channel_points_del AFTER DELETE ON channel_points REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION service_rule_queue_on_channel_points();
--> statement-breakpoint
-- A policy version coming into force: every service is checked again under it.
CREATE FUNCTION service_rule_queue_on_policy() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Each transition table is named only in the branch of the trigger that has it.
  IF TG_OP = 'INSERT' THEN
    IF EXISTS (SELECT 1 FROM new_rows n WHERE n.status = 'active') THEN
      INSERT INTO service_rule_queue (service_id) SELECT id FROM services;
    END IF;
  ELSIF EXISTS (SELECT 1 FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.status = 'active' AND o.status <> 'active') THEN
    INSERT INTO service_rule_queue (service_id) SELECT id FROM services;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER service_rule_queue_policy_ins AFTER INSERT ON policy_versions REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION service_rule_queue_on_policy();
--> statement-breakpoint
CREATE TRIGGER service_rule_queue_policy_upd AFTER UPDATE ON policy_versions REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION service_rule_queue_on_policy();
--> statement-breakpoint
-- Every existing service is computed once by the job.
INSERT INTO service_rule_queue (service_id) SELECT id FROM services;
