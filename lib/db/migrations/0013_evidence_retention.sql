ALTER TABLE "evidence_file" ADD COLUMN "removed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "recording" ADD COLUMN "removed_at" timestamp with time zone;