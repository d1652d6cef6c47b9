DROP INDEX "snapshot_version_idx";--> statement-breakpoint
ALTER TABLE "record_snapshot" ADD COLUMN "assessment_id" text;--> statement-breakpoint
ALTER TABLE "record_snapshot" ADD CONSTRAINT "record_snapshot_assessment_id_assessment_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessment"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
-- Snapshots made before versions counted per enrolment: number them per enrolment in the order they
-- were made, and keep only the newest snapshot of the latest attempt current.
UPDATE "record_snapshot" AS s SET "version" = n."rn" FROM (SELECT "id", row_number() OVER (PARTITION BY "enrolment_id" ORDER BY "created_at", "version", "id") AS "rn" FROM "record_snapshot") AS n WHERE s."id" = n."id";--> statement-breakpoint
UPDATE "record_snapshot" AS s SET "superseded_at" = now(), "superseded_by" = c."id"
  FROM (SELECT DISTINCT ON (rs."enrolment_id") rs."id", rs."enrolment_id" FROM "record_snapshot" AS rs JOIN "submission" AS sub ON sub."id" = rs."submission_id"
        WHERE rs."superseded_at" IS NULL ORDER BY rs."enrolment_id", sub."attempt_number" DESC, rs."version" DESC) AS c
  WHERE s."enrolment_id" = c."enrolment_id" AND s."id" <> c."id" AND s."superseded_at" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "snapshot_enrolment_version_idx" ON "record_snapshot" USING btree ("enrolment_id","version");--> statement-breakpoint
CREATE INDEX "snapshot_submission_idx" ON "record_snapshot" USING btree ("submission_id");