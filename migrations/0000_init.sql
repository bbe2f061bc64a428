CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_account_id" uuid,
	"actor_person_id" uuid,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"request_id" text
);
--> statement-breakpoint
CREATE TABLE "accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"login" text NOT NULL,
	"password_hash" text NOT NULL,
	"is_system_admin" boolean DEFAULT false NOT NULL,
	"disabled_at" timestamp with time zone,
	"last_login_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "login_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"login" text NOT NULL,
	"ip" text NOT NULL,
	"succeeded" boolean NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"count" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "channel_points" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"institution_id" uuid NOT NULL,
	"channel_type" text NOT NULL,
	"name_lv" text NOT NULL,
	"name_en" text,
	"url" text,
	"address" text,
	"phone" text,
	"email" text,
	"opening_hours" jsonb,
	"accessibility_notes_lv" text,
	"accessibility_notes_en" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activity_directions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name_lv" text NOT NULL,
	"name_en" text
);
--> statement-breakpoint
CREATE TABLE "institutions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"registration_number" text NOT NULL,
	"name_lv" text NOT NULL,
	"name_en" text,
	"short_name" text,
	"group_code" text NOT NULL,
	"kind" text NOT NULL,
	"parent_id" uuid,
	"ancestor_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"former_names" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"website" text,
	"email" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"progress" jsonb,
	"result" jsonb,
	"error" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"run_after" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_by" text,
	"locked_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "life_situation_needs" (
	"life_situation_id" uuid NOT NULL,
	"need_id" uuid NOT NULL,
	CONSTRAINT "life_situation_needs_life_situation_id_need_id_pk" PRIMARY KEY("life_situation_id","need_id")
);
--> statement-breakpoint
CREATE TABLE "life_situations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name_lv" text NOT NULL,
	"name_en" text,
	"description_lv" text,
	"description_en" text,
	"audience" text NOT NULL,
	"owner_institution_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "needs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name_lv" text NOT NULL,
	"name_en" text,
	"description_lv" text,
	"description_en" text,
	"owner_institution_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text,
	"job_title" text,
	"institution_id" uuid NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "policy_versions" (
	"id" text PRIMARY KEY NOT NULL,
	"title_lv" text NOT NULL,
	"title_en" text,
	"status" text NOT NULL,
	"effective_from" text,
	"document" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"row_version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portfolio_approvals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"approved_by" uuid NOT NULL,
	"approved_at" timestamp with time zone DEFAULT now() NOT NULL,
	"kind" text NOT NULL,
	"service_ids" uuid[] NOT NULL,
	"change" jsonb,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "capabilities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"institution_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name_lv" text NOT NULL,
	"name_en" text,
	"description_lv" text,
	"supplier_service_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"institution_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name_lv" text NOT NULL,
	"name_en" text,
	"description_lv" text,
	"description_en" text,
	"supplier_service_id" uuid,
	"lifecycle_stage" text DEFAULT 'use' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "role_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"role" text NOT NULL,
	"institution_id" uuid NOT NULL,
	"person_id" uuid,
	"scope_type" text NOT NULL,
	"scope_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	"row_version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_version_channel_points" (
	"version_id" uuid NOT NULL,
	"channel_point_id" uuid NOT NULL,
	"phase" text NOT NULL,
	CONSTRAINT "service_version_channel_points_version_id_channel_point_id_phase_pk" PRIMARY KEY("version_id","channel_point_id","phase")
);
--> statement-breakpoint
CREATE TABLE "service_version_links" (
	"version_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"target_service_id" uuid NOT NULL,
	CONSTRAINT "service_version_links_version_id_kind_target_service_id_pk" PRIMARY KEY("version_id","kind","target_service_id")
);
--> statement-breakpoint
CREATE TABLE "service_version_needs" (
	"version_id" uuid NOT NULL,
	"need_id" uuid NOT NULL,
	CONSTRAINT "service_version_needs_version_id_need_id_pk" PRIMARY KEY("version_id","need_id")
);
--> statement-breakpoint
CREATE TABLE "service_version_providers" (
	"version_id" uuid NOT NULL,
	"institution_id" uuid NOT NULL,
	"service_level_terms" jsonb,
	CONSTRAINT "service_version_providers_version_id_institution_id_pk" PRIMARY KEY("version_id","institution_id")
);
--> statement-breakpoint
CREATE TABLE "service_version_resources" (
	"version_id" uuid NOT NULL,
	"resource_id" uuid NOT NULL,
	CONSTRAINT "service_version_resources_version_id_resource_id_pk" PRIMARY KEY("version_id","resource_id")
);
--> statement-breakpoint
CREATE TABLE "service_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"version_no" integer NOT NULL,
	"state" text NOT NULL,
	"name_lv" text,
	"name_en" text,
	"name_parts" jsonb,
	"description_lv" text,
	"description_en" text,
	"recipient_type" text,
	"target_groups" text[],
	"complexity" text,
	"lifecycle_stage" text,
	"activity_direction_id" uuid,
	"processing_mode" text,
	"digital_status" text DEFAULT 'none' NOT NULL,
	"digital_by_phase" jsonb,
	"service_level_terms" jsonb,
	"fee" jsonb,
	"legal_basis" jsonb,
	"prerequisites" jsonb,
	"required_documents" jsonb,
	"result_lv" text,
	"result_en" text,
	"contacts" jsonb,
	"keywords" text[],
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"published_at" timestamp with time zone,
	"published_by" uuid
);
--> statement-breakpoint
CREATE TABLE "services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"owner_institution_id" uuid NOT NULL,
	"is_template" boolean DEFAULT false NOT NULL,
	"template_service_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_version_id" uuid,
	"draft_version_id" uuid,
	"latest_version_no" integer DEFAULT 0 NOT NULL,
	"reviewed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "channel_points" ADD CONSTRAINT "channel_points_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activity_directions" ADD CONSTRAINT "activity_directions_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "institutions" ADD CONSTRAINT "institutions_parent_id_institutions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."institutions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "life_situation_needs" ADD CONSTRAINT "life_situation_needs_life_situation_id_life_situations_id_fk" FOREIGN KEY ("life_situation_id") REFERENCES "public"."life_situations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "life_situation_needs" ADD CONSTRAINT "life_situation_needs_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "life_situations" ADD CONSTRAINT "life_situations_owner_institution_id_institutions_id_fk" FOREIGN KEY ("owner_institution_id") REFERENCES "public"."institutions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_owner_institution_id_institutions_id_fk" FOREIGN KEY ("owner_institution_id") REFERENCES "public"."institutions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_approvals" ADD CONSTRAINT "portfolio_approvals_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_approvals" ADD CONSTRAINT "portfolio_approvals_approved_by_people_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capabilities" ADD CONSTRAINT "capabilities_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resources" ADD CONSTRAINT "resources_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_assignments" ADD CONSTRAINT "role_assignments_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_assignments" ADD CONSTRAINT "role_assignments_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_version_channel_points" ADD CONSTRAINT "service_version_channel_points_version_id_service_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."service_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_version_channel_points" ADD CONSTRAINT "service_version_channel_points_channel_point_id_channel_points_id_fk" FOREIGN KEY ("channel_point_id") REFERENCES "public"."channel_points"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_version_links" ADD CONSTRAINT "service_version_links_version_id_service_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."service_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_version_links" ADD CONSTRAINT "service_version_links_target_service_id_services_id_fk" FOREIGN KEY ("target_service_id") REFERENCES "public"."services"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_version_needs" ADD CONSTRAINT "service_version_needs_version_id_service_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."service_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_version_needs" ADD CONSTRAINT "service_version_needs_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_version_providers" ADD CONSTRAINT "service_version_providers_version_id_service_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."service_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_version_providers" ADD CONSTRAINT "service_version_providers_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_version_resources" ADD CONSTRAINT "service_version_resources_version_id_service_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."service_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_version_resources" ADD CONSTRAINT "service_version_resources_resource_id_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."resources"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_versions" ADD CONSTRAINT "service_versions_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_versions" ADD CONSTRAINT "service_versions_activity_direction_id_activity_directions_id_fk" FOREIGN KEY ("activity_direction_id") REFERENCES "public"."activity_directions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_owner_institution_id_institutions_id_fk" FOREIGN KEY ("owner_institution_id") REFERENCES "public"."institutions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_template_service_id_services_id_fk" FOREIGN KEY ("template_service_id") REFERENCES "public"."services"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_login_uq" ON "accounts" USING btree ("login");--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_person_uq" ON "accounts" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "api_tokens_hash_uq" ON "api_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "api_tokens_account_idx" ON "api_tokens" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "login_attempts_login_at_idx" ON "login_attempts" USING btree ("login","at");--> statement-breakpoint
CREATE INDEX "login_attempts_ip_at_idx" ON "login_attempts" USING btree ("ip","at");--> statement-breakpoint
CREATE INDEX "sessions_account_idx" ON "sessions" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "sessions_expires_idx" ON "sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "channel_points_code_uq" ON "channel_points" USING btree ("code");--> statement-breakpoint
CREATE INDEX "channel_points_institution_idx" ON "channel_points" USING btree ("institution_id");--> statement-breakpoint
CREATE UNIQUE INDEX "activity_directions_inst_code_uq" ON "activity_directions" USING btree ("institution_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "institutions_code_uq" ON "institutions" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "institutions_registration_number_uq" ON "institutions" USING btree ("registration_number");--> statement-breakpoint
CREATE INDEX "institutions_parent_idx" ON "institutions" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "institutions_ancestors_gin" ON "institutions" USING gin ("ancestor_ids");--> statement-breakpoint
CREATE INDEX "jobs_status_run_after_idx" ON "jobs" USING btree ("status","run_after");--> statement-breakpoint
CREATE INDEX "life_situation_needs_need_idx" ON "life_situation_needs" USING btree ("need_id");--> statement-breakpoint
CREATE UNIQUE INDEX "life_situations_code_uq" ON "life_situations" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "needs_code_uq" ON "needs" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "people_email_uq" ON "people" USING btree ("email");--> statement-breakpoint
CREATE INDEX "people_institution_idx" ON "people" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "portfolio_approvals_inst_idx" ON "portfolio_approvals" USING btree ("institution_id","approved_at");--> statement-breakpoint
CREATE INDEX "capabilities_institution_idx" ON "capabilities" USING btree ("institution_id");--> statement-breakpoint
CREATE UNIQUE INDEX "resources_code_uq" ON "resources" USING btree ("code");--> statement-breakpoint
CREATE INDEX "resources_institution_idx" ON "resources" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "resources_supplier_service_idx" ON "resources" USING btree ("supplier_service_id");--> statement-breakpoint
CREATE INDEX "role_assignments_person_idx" ON "role_assignments" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "role_assignments_scope_idx" ON "role_assignments" USING btree ("scope_id","role");--> statement-breakpoint
CREATE INDEX "role_assignments_institution_idx" ON "role_assignments" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "svcp_cp_idx" ON "service_version_channel_points" USING btree ("channel_point_id");--> statement-breakpoint
CREATE INDEX "svl_target_idx" ON "service_version_links" USING btree ("target_service_id","kind");--> statement-breakpoint
CREATE INDEX "svn_need_idx" ON "service_version_needs" USING btree ("need_id");--> statement-breakpoint
CREATE INDEX "svp_inst_idx" ON "service_version_providers" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "svr_res_idx" ON "service_version_resources" USING btree ("resource_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_versions_service_no_uq" ON "service_versions" USING btree ("service_id","version_no");--> statement-breakpoint
CREATE INDEX "service_versions_recipient_idx" ON "service_versions" USING btree ("recipient_type");--> statement-breakpoint
CREATE INDEX "service_versions_complexity_idx" ON "service_versions" USING btree ("complexity");--> statement-breakpoint
CREATE INDEX "service_versions_digital_idx" ON "service_versions" USING btree ("digital_status");--> statement-breakpoint
CREATE UNIQUE INDEX "services_code_uq" ON "services" USING btree ("code");--> statement-breakpoint
CREATE INDEX "services_owner_idx" ON "services" USING btree ("owner_institution_id");--> statement-breakpoint
CREATE INDEX "services_template_idx" ON "services" USING btree ("template_service_id");--> statement-breakpoint
CREATE INDEX "services_status_idx" ON "services" USING btree ("status");