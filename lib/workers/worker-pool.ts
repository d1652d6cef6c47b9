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
  readonly size: number;
  readonly maxQueue: number;
  readonly timeoutMs: number;
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
  timer: NodeJS.Timeout | null;
}

/**
 * CPU-heavy work (the record PDF) off the event loop: a fixed number of threads, a bounded queue,
 * and a job that outlives its timeout or its thread fails fast while a fresh thread takes the slot.
 */
export class WorkerPool<I, O> {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;

  constructor(private readonly options: WorkerPoolOptions) {
    if (!Number.isInteger(options.size) || options.size < 1) throw new Error('Worker pool size must be at least 1.');
    for (let index = 0; index < options.size; index += 1) this.slots.push(this.spawn());
  }

  run(input: I): Promise<O> {
    if (this.closed) return Promise.reject(new WorkerPoolError('closed', 'The worker pool is closed.'));
    if (this.queue.length >= this.options.maxQueue && !this.slots.some((slot) => slot.job === null)) {
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
    await Promise.all(this.slots.map((slot) => this.retire(slot, new WorkerPoolError('closed', 'The worker pool is closed.'))));
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.options.file), job: null, timer: null };
    slot.worker.on('message', (message: { id: number; output?: unknown; error?: string }) => {
      const job = slot.job;
      if (job === null || job.id !== message.id) return;
      this.release(slot);
      if (message.error === undefined) job.resolve(message.output);
      else job.reject(new Error(message.error));
      this.dispatch();
    });
    // A thread that dies takes only its own job with it; the slot is refilled for the next one.
    slot.worker.on('error', (error) => this.replace(slot, new WorkerPoolError('crashed', `The worker failed: ${error.message}`)));
    slot.worker.on('exit', () => this.replace(slot, new WorkerPoolError('crashed', 'The worker stopped unexpectedly.')));
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.job !== null) continue;
      const job = this.queue.shift();
      if (job === undefined) return;
      slot.job = job;
      slot.timer = setTimeout(
        () => this.replace(slot, new WorkerPoolError('timeout', `The job took longer than ${this.options.timeoutMs} ms.`)),
        this.options.timeoutMs,
      );
      slot.worker.postMessage({ id: job.id, input: job.input });
    }
  }

  private release(slot: Slot): void {
    if (slot.timer !== null) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
  }

  private replace(slot: Slot, error: WorkerPoolError): void {
    const index = this.slots.indexOf(slot);
    if (index === -1 || this.closed) return;
    this.slots.splice(index, 1);
    void this.retire(slot, error);
    this.slots.push(this.spawn());
    this.dispatch();
  }

  private async retire(slot: Slot, error: WorkerPoolError): Promise<void> {
    const job = slot.job;
    this.release(slot);
    job?.reject(error);
    slot.worker.removeAllListeners();
    await slot.worker.terminate();
  }
}
