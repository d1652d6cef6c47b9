import { Worker } from 'node:worker_threads';

/** Why a job did not finish: the route turns each into a 503 the caller can retry, never a hang. */
export class WorkerPoolError extends Error {
  constructor(
    readonly reason: 'queue-full' | 'timeout' | 'crashed' | 'closed',
    message: string,
  ) {
    super(message);
    this.name = 'WorkerPoolError';
  }
}

export interface WorkerPoolOptions {
  /** A file Node loads at run time (`.mjs`/`.js`), answering `{ id, input }` with `{ id, output }` or `{ id, error }`. */
  readonly file: URL | string;
  /** The most threads at once. */
  readonly size: number;
  readonly maxQueue: number;
  readonly timeoutMs: number;
  /** A thread with nothing to do for this long stops, and gives back its memory; the next job starts a fresh one. */
  readonly idleMs: number;
}

interface Job {
  readonly id: number;
  readonly input: unknown;
  readonly resolve: (output: unknown) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  /** The job's timeout while it runs; the idle timeout while it waits. */
  timer: NodeJS.Timeout | null;
  /** Whether the thread has started: a job's time is counted from then, not while the thread loads. */
  online: boolean;
}

/**
 * CPU-heavy work (the record PDF) off the event loop: up to a fixed number of threads, started when
 * work arrives and stopped when idle, a bounded queue, and a job that outlives its timeout or its
 * thread fails fast while the next job gets a fresh thread.
 */
export class WorkerPool<I, O> {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;

  constructor(private readonly options: WorkerPoolOptions) {
    if (!Number.isInteger(options.size) || options.size < 1) throw new Error('Worker pool size must be at least 1.');
  }

  /** Threads alive now, busy or idle. */
  get threadCount(): number {
    return this.slots.length;
  }

  run(input: I): Promise<O> {
    if (this.closed) return Promise.reject(new WorkerPoolError('closed', 'The worker pool is closed.'));
    const room = this.slots.length < this.options.size || this.slots.some((slot) => slot.job === null);
    if (this.queue.length >= this.options.maxQueue && !room) {
      return Promise.reject(new WorkerPoolError('queue-full', 'Too many jobs are waiting; try again shortly.'));
    }
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, input, resolve: resolve as (output: unknown) => void, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new WorkerPoolError('closed', 'The worker pool is closed.'));
    await Promise.all(this.slots.splice(0).map((slot) => this.retire(slot, new WorkerPoolError('closed', 'The worker pool is closed.'))));
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.options.file), job: null, timer: null, online: false };
    slot.worker.once('online', () => {
      slot.online = true;
      if (slot.job !== null) this.startJobTimer(slot);
    });
    slot.worker.on('message', (message: { id: number; output?: unknown; error?: string }) => {
      const job = slot.job;
      if (job === null || job.id !== message.id) return;
      this.release(slot);
      if (message.error === undefined) job.resolve(message.output);
      else job.reject(new Error(message.error));
      this.dispatch();
    });
    // A thread that dies takes only its own job with it; the next job gets a fresh thread.
    slot.worker.on('error', (error) => this.remove(slot, new WorkerPoolError('crashed', `The worker failed: ${error.message}`)));
    slot.worker.on('exit', () => this.remove(slot, new WorkerPoolError('crashed', 'The worker stopped unexpectedly.')));
    this.slots.push(slot);
    return slot;
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.find((candidate) => candidate.job === null) ?? (this.slots.length < this.options.size ? this.spawn() : null);
      if (slot === null) return;
      const job = this.queue.shift() as Job;
      if (slot.timer !== null) clearTimeout(slot.timer);
      slot.timer = null;
      slot.job = job;
      if (slot.online) this.startJobTimer(slot);
      slot.worker.postMessage({ id: job.id, input: job.input });
    }
  }

  private startJobTimer(slot: Slot): void {
    slot.timer = setTimeout(
      () => this.remove(slot, new WorkerPoolError('timeout', `The job took longer than ${this.options.timeoutMs} ms.`)),
      this.options.timeoutMs,
    );
  }

  /** The slot's job is done: it waits for the next one, and stops if none comes in time. */
  private release(slot: Slot): void {
    if (slot.timer !== null) clearTimeout(slot.timer);
    slot.job = null;
    slot.timer = setTimeout(() => this.remove(slot, new WorkerPoolError('closed', 'The thread stopped while idle.')), this.options.idleMs);
    // An idle thread's timer must not keep a finished process (a script, a test) alive.
    slot.timer.unref();
  }

  private remove(slot: Slot, error: WorkerPoolError): void {
    const index = this.slots.indexOf(slot);
    if (index === -1) return;
    this.slots.splice(index, 1);
    void this.retire(slot, error);
    if (!this.closed) this.dispatch();
  }

  private async retire(slot: Slot, error: WorkerPoolError): Promise<void> {
    const job = slot.job;
    if (slot.timer !== null) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    job?.reject(error);
    slot.worker.removeAllListeners();
    await slot.worker.terminate();
  }
}
