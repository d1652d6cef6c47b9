import { sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/open-database';

/** Both drivers answer a raw query with its rows; the shapes are checked where they are read. */
async function rows<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export type ChainBreak = { seq: number | null; id: number | null; reason: string };
export type ChainReport = { events: number; headSeq: number | null; headHash: string | null; firstBreak: ChainBreak | null };
/** An event's place and hash noted earlier outside the database, which the chain must still hold. */
export type ChainAnchor = { seq: number; hash: string };

const GENESIS = '0'.repeat(64);
const PAGE = 5000;

type Row = { id: number; seq: number | null; prev_hash: string | null; hash: string | null; expected: string | null };

/**
 * Walks the audit trail in chain order, recomputing every event's hash in the database (with the
 * same function the insert trigger uses) and checking each link and the recorded end of the chain.
 * Reports the first broken link: an edited event, a removed one, or a changed end. Someone with the
 * owner's rights could rewrite the whole chain and its end consistently; an anchor noted earlier
 * outside the database catches that too.
 */
export async function verifyAuditChain(db: Db, anchor: ChainAnchor | null = null): Promise<ChainReport> {
  let previous = { seq: 0, hash: GENESIS };
  let events = 0;
  let firstBreak: ChainBreak | null = null;
  const [loose] = await rows<{ id: number }>(db, sql`select id from audit_event where seq is null order by id limit 1`);
  if (loose) firstBreak = { seq: null, id: Number(loose.id), reason: 'an event has no place in the chain (written with the chain trigger switched off)' };
  while (!firstBreak) {
    const page = await rows<Row>(db, sql`
      select id, seq, prev_hash, hash,
        audit_event_digest(seq, prev_hash, at, actor_id, actor_role, type, subject_type, subject_id, data) as expected
      from audit_event where seq > ${previous.seq} order by seq limit ${PAGE}`);
    if (page.length === 0) break;
    for (const row of page) {
      const seq = Number(row.seq);
      const at = { seq, id: Number(row.id) };
      if (seq !== previous.seq + 1) firstBreak = { ...at, reason: `events ${previous.seq + 1} to ${seq - 1} are missing` };
      else if (row.prev_hash !== previous.hash) firstBreak = { ...at, reason: 'its link to the previous event does not match (an earlier event was changed)' };
      else if (row.hash !== row.expected) firstBreak = { ...at, reason: 'its content no longer matches its hash (it was changed)' };
      else if (anchor?.seq === seq && row.hash !== anchor.hash) firstBreak = { ...at, reason: 'its hash differs from the one noted earlier (the trail was rewritten from here or before)' };
      if (firstBreak) break;
      previous = { seq, hash: row.hash ?? '' };
      events += 1;
    }
  }
  const [head] = await rows<{ seq: number; hash: string }>(db, sql`select seq, hash from audit_chain_head where id = 1`);
  if (!firstBreak && anchor && anchor.seq > previous.seq) {
    firstBreak = { seq: anchor.seq, id: null, reason: `event ${anchor.seq}, noted earlier, is no longer in the chain, which ends at ${previous.seq}` };
  }
  if (!firstBreak) {
    if (!head) firstBreak = { seq: null, id: null, reason: 'the record of the end of the chain is missing' };
    else if (Number(head.seq) !== previous.seq || head.hash !== previous.hash) {
      firstBreak = { seq: previous.seq + 1, id: null, reason: `the chain should end at event ${head.seq} but ends at ${previous.seq}: events at the end were removed` };
    }
  }
  return { events, headSeq: head ? Number(head.seq) : null, headHash: head?.hash ?? null, firstBreak };
}
