CREATE TABLE "evidence_file" (
	"id" text PRIMARY KEY NOT NULL,
	"submission_id" text NOT NULL,
	"name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "submission" (
	"id" text PRIMARY KEY NOT NULL,
	"enrolment_id" text NOT NULL,
	"learner_id" text NOT NULL,
	"attempt_number" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"item_seed" text NOT NULL,
	"course_version" text NOT NULL,
	"declaration_name" text,
	"declared_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revision" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "submission_item" (
	"submission_id" text NOT NULL,
	"item_key" text NOT NULL,
	"bank_id" text NOT NULL,
	"position" integer NOT NULL,
	"response" jsonb,
	"auto_score" real,
	"auto_status" text,
	"acs" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "submission_item_submission_id_item_key_pk" PRIMARY KEY("submission_id","item_key")
);
--> statement-breakpoint
ALTER TABLE "evidence_file" ADD CONSTRAINT "evidence_file_submission_id_submission_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submission"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission" ADD CONSTRAINT "submission_enrolment_id_enrolment_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."enrolment"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission" ADD CONSTRAINT "submission_learner_id_user_id_fk" FOREIGN KEY ("learner_id") REFERENCES "public"."user"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_item" ADD CONSTRAINT "submission_item_submission_id_submission_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submission"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evidence_submission_idx" ON "evidence_file" USING btree ("submission_id");--> statement-breakpoint
CREATE UNIQUE INDEX "submission_attempt_idx" ON "submission" USING btree ("enrolment_id","attempt_number");--> statement-breakpoint
CREATE INDEX "submission_learner_idx" ON "submission" USING btree ("learner_id");--> statement-breakpoint
CREATE INDEX "submission_status_idx" ON "submission" USING btree ("status");