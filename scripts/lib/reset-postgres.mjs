import pg from 'pg';

/** Empties the database's schema so a run starts from nothing (the app migrates it again). */
export async function resetPostgres(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('DROP SCHEMA IF EXISTS public CASCADE; DROP SCHEMA IF EXISTS drizzle CASCADE; CREATE SCHEMA public;');
  await client.end();
}
