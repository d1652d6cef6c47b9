import { PGlite, type QueryOptions, type Results, type Transaction } from '@electric-sql/pglite';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The embedded database runs each query on the server's own thread and answers through promises that
 * are already settled, so a request's queries would run back to back without letting anything else
 * in: a record of a dozen queries holds a lesson's request for tens of milliseconds. Each statement
 * and each transaction waits its turn behind the requests already waiting, as it would for a network
 * database.
 */
export class FairPGlite extends PGlite {
  override async query<T>(query: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>> {
    await nextTurn();
    return super.query<T>(query, params, options);
  }

  override async transaction<T>(callback: (tx: Transaction) => Promise<T>): Promise<T> {
    await nextTurn();
    return super.transaction(callback);
  }
}
