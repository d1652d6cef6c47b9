CREATE TABLE "assessment" (
	"id" text PRIMARY KEY NOT NULL,
	"submission_id" text NOT NULL,
	"assessor_id" text NOT NULL,
	"round" integer DEFAULT 1 NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"judgements" jsonb NOT NULL,
	"outcome" text,
	"feedback" text DEFAULT '' NOT NULL,
	"signature_name" text,
	"signature_registration" text,
	"signed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_submission_id_submission_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submission"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment" ADD CONSTRAINT "assessment_assessor_id_user_id_fk" FOREIGN KEY ("assessor_id") REFERENCES "public"."user"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessment_submission_idx" ON "assessment" USING btree ("submission_id");--> statement-breakpoint
CREATE INDEX "assessment_assessor_idx" ON "assessment" USING btree ("assessor_id");