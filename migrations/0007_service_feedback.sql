CREATE TABLE "service_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"rating" smallint NOT NULL,
	"comment" text,
	"channel" text NOT NULL,
	"locale" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_feedback_rating_ck" CHECK ("service_feedback"."rating" between 1 and 10),
	CONSTRAINT "service_feedback_comment_ck" CHECK ("service_feedback"."comment" is null or char_length("service_feedback"."comment") <= 2000),
	CONSTRAINT "service_feedback_locale_ck" CHECK ("service_feedback"."locale" in ('lv', 'en'))
);
--> statement-breakpoint
ALTER TABLE "service_feedback" ADD CONSTRAINT "service_feedback_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_feedback_service_idx" ON "service_feedback" USING btree ("service_id","created_at");--> statement-breakpoint
CREATE INDEX "service_feedback_created_idx" ON "service_feedback" USING btree ("created_at");