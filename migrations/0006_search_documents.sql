CREATE TABLE "search_documents" (
	"service_id" uuid PRIMARY KEY NOT NULL,
	"audience" text NOT NULL,
	"code" text NOT NULL,
	"owner_institution_id" uuid NOT NULL,
	"name_lv" text NOT NULL,
	"name_en" text,
	"summary_lv" text,
	"summary_en" text,
	"name_fold" text NOT NULL,
	"name_en_fold" text,
	"digital_status" text NOT NULL,
	"free" boolean,
	"vpvkac" boolean NOT NULL,
	"channel_environments" text[] NOT NULL,
	"recipient_groups" text[] NOT NULL,
	"life_situation_ids" uuid[] NOT NULL,
	"doc" "tsvector" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_terms" (
	"term" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
ALTER TABLE "search_documents" ADD CONSTRAINT "search_documents_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "search_documents" ADD CONSTRAINT "search_documents_owner_institution_id_institutions_id_fk" FOREIGN KEY ("owner_institution_id") REFERENCES "public"."institutions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "search_documents_doc_gin" ON "search_documents" USING gin ("doc");--> statement-breakpoint
CREATE INDEX "search_documents_name_trgm" ON "search_documents" USING gin ("name_fold" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "search_documents_name_en_trgm" ON "search_documents" USING gin ("name_en_fold" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "search_documents_owner_idx" ON "search_documents" USING btree ("audience","owner_institution_id");--> statement-breakpoint
CREATE INDEX "search_documents_name_idx" ON "search_documents" USING btree ("audience","name_fold");--> statement-breakpoint
CREATE INDEX "search_documents_digital_idx" ON "search_documents" USING btree ("audience","digital_status");--> statement-breakpoint
CREATE INDEX "search_documents_ls_gin" ON "search_documents" USING gin ("life_situation_ids");--> statement-breakpoint
CREATE INDEX "search_documents_rg_gin" ON "search_documents" USING gin ("recipient_groups");--> statement-breakpoint
CREATE INDEX "search_documents_env_gin" ON "search_documents" USING gin ("channel_environments");--> statement-breakpoint
CREATE INDEX "search_terms_trgm" ON "search_terms" USING gin ("term" gin_trgm_ops);