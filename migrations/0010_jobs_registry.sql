ALTER TABLE "jobs" ADD COLUMN "period_key" text;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "requested_by" uuid;--> statement-breakpoint
CREATE UNIQUE INDEX "jobs_kind_period_uq" ON "jobs" USING btree ("kind","period_key") WHERE period_key is not null;--> statement-breakpoint
CREATE INDEX "jobs_kind_created_idx" ON "jobs" USING btree ("kind","created_at");