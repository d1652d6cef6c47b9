CREATE TABLE "moderation" (
	"id" text PRIMARY KEY NOT NULL,
	"batch_id" text NOT NULL,
	"submission_id" text NOT NULL,
	"moderator_id" text NOT NULL,
	"assessment_round" integer NOT NULL,
	"decision" text NOT NULL,
	"reasons" jsonb NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "moderation_batch" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"moderator_id" text NOT NULL,
	"created_by" text NOT NULL,
	"rules" jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"signature_name" text,
	"signature_registration" text,
	"signed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "moderation_batch_record" (
	"batch_id" text NOT NULL,
	"submission_id" text NOT NULL,
	"sampled" boolean NOT NULL,
	"reasons" jsonb NOT NULL,
	CONSTRAINT "moderation_batch_record_batch_id_submission_id_pk" PRIMARY KEY("batch_id","submission_id")
);
--> statement-breakpoint
CREATE TABLE "record_snapshot" (
	"id" text PRIMARY KEY NOT NULL,
	"enrolment_id" text NOT NULL,
	"submission_id" text NOT NULL,
	"version" integer NOT NULL,
	"canonical_json" text NOT NULL,
	"sha256" text NOT NULL,
	"verification_code" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL,
	"superseded_at" timestamp with time zone,
	"superseded_by" text,
	"correction_reason" text
);
--> statement-breakpoint
ALTER TABLE "moderation" ADD CONSTRAINT "moderation_batch_id_moderation_batch_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."moderation_batch"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation" ADD CONSTRAINT "moderation_submission_id_submission_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submission"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation" ADD CONSTRAINT "moderation_moderator_id_user_id_fk" FOREIGN KEY ("moderator_id") REFERENCES "public"."user"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_batch" ADD CONSTRAINT "moderation_batch_moderator_id_user_id_fk" FOREIGN KEY ("moderator_id") REFERENCES "public"."user"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_batch" ADD CONSTRAINT "moderation_batch_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_batch_record" ADD CONSTRAINT "moderation_batch_record_batch_id_moderation_batch_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."moderation_batch"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_batch_record" ADD CONSTRAINT "moderation_batch_record_submission_id_submission_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submission"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_snapshot" ADD CONSTRAINT "record_snapshot_enrolment_id_enrolment_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."enrolment"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_snapshot" ADD CONSTRAINT "record_snapshot_submission_id_submission_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submission"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "moderation_submission_idx" ON "moderation" USING btree ("submission_id");--> statement-breakpoint
CREATE INDEX "moderation_batch_idx" ON "moderation" USING btree ("batch_id");--> statement-breakpoint
CREATE INDEX "batch_moderator_idx" ON "moderation_batch" USING btree ("moderator_id");--> statement-breakpoint
CREATE UNIQUE INDEX "batch_record_submission_idx" ON "moderation_batch_record" USING btree ("submission_id");--> statement-breakpoint
CREATE UNIQUE INDEX "snapshot_code_idx" ON "record_snapshot" USING btree ("verification_code");--> statement-breakpoint
CREATE UNIQUE INDEX "snapshot_version_idx" ON "record_snapshot" USING btree ("submission_id","version");