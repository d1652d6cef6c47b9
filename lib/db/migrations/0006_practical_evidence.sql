CREATE TABLE "evidence" (
	"id" text PRIMARY KEY NOT NULL,
	"enrolment_id" text NOT NULL,
	"learner_id" text NOT NULL,
	"method" text NOT NULL,
	"criteria" jsonb NOT NULL,
	"channel" text,
	"title" text NOT NULL,
	"state" text NOT NULL,
	"submission_id" text,
	"detail_id" text,
	"attester_role" text NOT NULL,
	"attester_id" text,
	"attester_name" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "logbook_entry" (
	"id" text PRIMARY KEY NOT NULL,
	"enrolment_id" text NOT NULL,
	"learner_id" text NOT NULL,
	"reference" text NOT NULL,
	"simulated" boolean NOT NULL,
	"logged_at" timestamp with time zone NOT NULL,
	"channel" text NOT NULL,
	"customer" text NOT NULL,
	"description" text NOT NULL,
	"impact" text NOT NULL,
	"urgency" text NOT NULL,
	"priority" text NOT NULL,
	"response_due_at" timestamp with time zone NOT NULL,
	"responded_at" timestamp with time zone,
	"resolution_due_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone,
	"escalations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"follow_up" jsonb,
	"flags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"countersigned_by" text,
	"countersigned_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "observation" (
	"id" text PRIMARY KEY NOT NULL,
	"enrolment_id" text NOT NULL,
	"assessor_id" text NOT NULL,
	"scenario_id" text NOT NULL,
	"live" boolean NOT NULL,
	"channel" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"place" text NOT NULL,
	"duration_minutes" integer NOT NULL,
	"context" text NOT NULL,
	"behaviours" jsonb NOT NULL,
	"signature_name" text NOT NULL,
	"signature_registration" text NOT NULL,
	"signed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recording" (
	"id" text PRIMARY KEY NOT NULL,
	"enrolment_id" text NOT NULL,
	"learner_id" text NOT NULL,
	"brief_id" text NOT NULL,
	"name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"duration_seconds" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recording_note" (
	"id" text PRIMARY KEY NOT NULL,
	"recording_id" text NOT NULL,
	"author_id" text NOT NULL,
	"at_seconds" integer NOT NULL,
	"criterion" text NOT NULL,
	"note" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "verification_interview" (
	"id" text PRIMARY KEY NOT NULL,
	"enrolment_id" text NOT NULL,
	"submission_id" text,
	"assessor_id" text NOT NULL,
	"questions" jsonb NOT NULL,
	"verdict" text NOT NULL,
	"notes" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"signature_name" text NOT NULL,
	"signature_registration" text NOT NULL,
	"signed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "witness_invitation" (
	"id" text PRIMARY KEY NOT NULL,
	"enrolment_id" text NOT NULL,
	"learner_id" text NOT NULL,
	"witness_name" text NOT NULL,
	"witness_role" text NOT NULL,
	"organisation" text NOT NULL,
	"contact" text NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "witness_testimony" (
	"id" text PRIMARY KEY NOT NULL,
	"invitation_id" text NOT NULL,
	"confirmed_name" text NOT NULL,
	"confirmed_role" text NOT NULL,
	"confirmed_organisation" text NOT NULL,
	"answers" jsonb NOT NULL,
	"countersigned_entries" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"declaration_name" text NOT NULL,
	"signed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assessment" ADD COLUMN "evidence_ids" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_enrolment_id_enrolment_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."enrolment"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_learner_id_user_id_fk" FOREIGN KEY ("learner_id") REFERENCES "public"."user"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_submission_id_submission_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submission"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_attester_id_user_id_fk" FOREIGN KEY ("attester_id") REFERENCES "public"."user"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "logbook_entry" ADD CONSTRAINT "logbook_entry_enrolment_id_enrolment_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."enrolment"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "logbook_entry" ADD CONSTRAINT "logbook_entry_learner_id_user_id_fk" FOREIGN KEY ("learner_id") REFERENCES "public"."user"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation" ADD CONSTRAINT "observation_enrolment_id_enrolment_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."enrolment"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation" ADD CONSTRAINT "observation_assessor_id_user_id_fk" FOREIGN KEY ("assessor_id") REFERENCES "public"."user"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recording" ADD CONSTRAINT "recording_enrolment_id_enrolment_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."enrolment"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recording" ADD CONSTRAINT "recording_learner_id_user_id_fk" FOREIGN KEY ("learner_id") REFERENCES "public"."user"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recording_note" ADD CONSTRAINT "recording_note_recording_id_recording_id_fk" FOREIGN KEY ("recording_id") REFERENCES "public"."recording"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recording_note" ADD CONSTRAINT "recording_note_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_interview" ADD CONSTRAINT "verification_interview_enrolment_id_enrolment_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."enrolment"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_interview" ADD CONSTRAINT "verification_interview_submission_id_submission_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submission"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verification_interview" ADD CONSTRAINT "verification_interview_assessor_id_user_id_fk" FOREIGN KEY ("assessor_id") REFERENCES "public"."user"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "witness_invitation" ADD CONSTRAINT "witness_invitation_enrolment_id_enrolment_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."enrolment"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "witness_invitation" ADD CONSTRAINT "witness_invitation_learner_id_user_id_fk" FOREIGN KEY ("learner_id") REFERENCES "public"."user"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "witness_testimony" ADD CONSTRAINT "witness_testimony_invitation_id_witness_invitation_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."witness_invitation"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evidence_enrolment_idx" ON "evidence" USING btree ("enrolment_id");--> statement-breakpoint
CREATE INDEX "evidence_detail_idx" ON "evidence" USING btree ("detail_id");--> statement-breakpoint
CREATE INDEX "logbook_enrolment_idx" ON "logbook_entry" USING btree ("enrolment_id");--> statement-breakpoint
CREATE INDEX "observation_enrolment_idx" ON "observation" USING btree ("enrolment_id");--> statement-breakpoint
CREATE INDEX "recording_enrolment_idx" ON "recording" USING btree ("enrolment_id");--> statement-breakpoint
CREATE INDEX "recording_note_recording_idx" ON "recording_note" USING btree ("recording_id");--> statement-breakpoint
CREATE INDEX "interview_enrolment_idx" ON "verification_interview" USING btree ("enrolment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "witness_token_idx" ON "witness_invitation" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "witness_enrolment_idx" ON "witness_invitation" USING btree ("enrolment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "witness_testimony_invitation_idx" ON "witness_testimony" USING btree ("invitation_id");