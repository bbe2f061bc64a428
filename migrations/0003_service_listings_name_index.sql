-- Name-ordered pages read straight from this index; the ICU root collation orders Latvian letters (Ā after A, Š after S).
CREATE INDEX service_listings_name_idx ON service_listings (visibility, (name_lv COLLATE "und-x-icu"), service_id);
--> statement-breakpoint
CREATE INDEX service_listings_name_trgm ON service_listings USING gin (name_lv gin_trgm_ops);
--> statement-breakpoint
ALTER TABLE service_listings ADD CONSTRAINT service_listings_visibility_ck CHECK (visibility IN ('published','current'));
