CREATE TABLE "read_model_generations" (
	"name" text PRIMARY KEY NOT NULL,
	"generation" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
INSERT INTO "read_model_generations" ("name", "generation") VALUES ('service_listings', 0) ON CONFLICT DO NOTHING;
