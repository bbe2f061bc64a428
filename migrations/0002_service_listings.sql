CREATE TABLE "service_listings" (
	"service_id" uuid NOT NULL,
	"visibility" text NOT NULL,
	"version_id" uuid NOT NULL,
	"code" text NOT NULL,
	"status" text NOT NULL,
	"is_template" boolean NOT NULL,
	"template_service_id" uuid,
	"owner_institution_id" uuid NOT NULL,
	"name_lv" text,
	"name_en" text,
	"recipient_type" text,
	"complexity" text,
	"lifecycle_stage" text,
	"digital_status" text NOT NULL,
	"version_no" integer NOT NULL,
	"state" text NOT NULL,
	"need_ids" uuid[] NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"row_version" integer NOT NULL,
	CONSTRAINT "service_listings_service_id_visibility_pk" PRIMARY KEY("service_id","visibility")
);
--> statement-breakpoint
ALTER TABLE "service_listings" ADD CONSTRAINT "service_listings_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_listings_owner_idx" ON "service_listings" USING btree ("visibility","owner_institution_id");--> statement-breakpoint
CREATE INDEX "service_listings_filter_idx" ON "service_listings" USING btree ("visibility","recipient_type","complexity","digital_status");--> statement-breakpoint
CREATE INDEX "service_listings_code_idx" ON "service_listings" USING btree ("visibility","code");--> statement-breakpoint
CREATE INDEX "service_listings_updated_idx" ON "service_listings" USING btree ("visibility","updated_at");--> statement-breakpoint
CREATE INDEX "service_listings_template_idx" ON "service_listings" USING btree ("template_service_id");--> statement-breakpoint
CREATE INDEX "service_listings_needs_gin" ON "service_listings" USING gin ("need_ids");