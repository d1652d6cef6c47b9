CREATE TABLE "audit_chain_head" (
	"id" integer PRIMARY KEY NOT NULL,
	"seq" bigint NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "audit_chain_head_single_row" CHECK ("audit_chain_head"."id" = 1)
);
--> statement-breakpoint
ALTER TABLE "audit_event" ADD COLUMN "seq" bigint;--> statement-breakpoint
ALTER TABLE "audit_event" ADD COLUMN "prev_hash" text;--> statement-breakpoint
ALTER TABLE "audit_event" ADD COLUMN "hash" text;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_seq_idx" ON "audit_event" USING btree ("seq");--> statement-breakpoint
-- Each audit event's hash covers its position, the previous event's hash and every field, so any
-- edit, removal or reordering breaks the chain from that event on (npm run audit:verify finds it).
CREATE OR REPLACE FUNCTION audit_event_digest(seq bigint, prev_hash text, at timestamptz, actor_id text, actor_role text, type text, subject_type text, subject_id text, data jsonb) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(jsonb_build_array(seq, prev_hash, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), actor_id, actor_role, type, subject_type, subject_id, data)::text, 'UTF8')), 'hex')
$$;
--> statement-breakpoint
-- Links each new event to the end of the chain. The head row is locked until the inserting
-- transaction ends, so concurrent writers take their places one after another.
CREATE OR REPLACE FUNCTION audit_event_link() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  head record;
BEGIN
  SELECT h.seq, h.hash INTO head FROM audit_chain_head h WHERE h.id = 1 FOR UPDATE;
  NEW.seq := head.seq + 1;
  NEW.prev_hash := head.hash;
  NEW.hash := audit_event_digest(NEW.seq, NEW.prev_hash, NEW.at, NEW.actor_id, NEW.actor_role, NEW.type, NEW.subject_type, NEW.subject_id, NEW.data);
  UPDATE audit_chain_head SET seq = NEW.seq, hash = NEW.hash WHERE id = 1;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
-- Events written before the chain existed are linked in the order they were written.
ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_or_delete;
--> statement-breakpoint
DO $$
DECLARE
  r record;
  position bigint := 0;
  previous text := repeat('0', 64);
BEGIN
  FOR r IN SELECT * FROM audit_event ORDER BY id LOOP
    position := position + 1;
    UPDATE audit_event SET seq = position, prev_hash = previous,
      hash = audit_event_digest(position, previous, r.at, r.actor_id, r.actor_role, r.type, r.subject_type, r.subject_id, r.data)
      WHERE id = r.id RETURNING hash INTO previous;
  END LOOP;
  INSERT INTO audit_chain_head (id, seq, hash) VALUES (1, position, previous);
END;
$$;
--> statement-breakpoint
ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_or_delete;
--> statement-breakpoint
CREATE TRIGGER audit_event_chain BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_link();
--> statement-breakpoint
-- TRUNCATE skips row triggers: refuse it for the trail and its head as well.
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_chain_head_no_delete BEFORE DELETE ON audit_chain_head FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_chain_head_no_truncate BEFORE TRUNCATE ON audit_chain_head FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
