/**
 * The batch runner: checks many files on a worker-thread pool (piscina) and yields each result as
 * soon as it is ready. At most a few tasks per thread are in flight, so memory stays flat however
 * many files there are; results are not kept here.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { checkFile, type CheckTask, type FileResult } from './check-file.js';

export interface BatchOptions {
  /** Worker threads; 1 runs in this thread (no start-up cost for small batches). */
  jobs?: number;
  /** Settings for a file (its configuration may depend on where it is). */
  taskFor: (file: string) => Omit<CheckTask, 'file'> | Promise<Omit<CheckTask, 'file'>>;
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

export async function* runBatch(
  files: Iterable<string> | AsyncIterable<string>,
  options: BatchOptions,
): AsyncGenerator<FileResult> {
  const jobs = Math.max(1, options.jobs ?? defaultJobs());
  if (jobs === 1) {
    for await (const file of files)
      yield await checkFile({ ...(await options.taskFor(file)), file });
    return;
  }
  const pool = new Piscina({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 1000,
  });
  const limit = jobs * 4;
  const inFlight = new Map<number, Promise<{ id: number; result: FileResult }>>();
  let next = 0;
  try {
    for await (const file of files) {
      const id = next++;
      const task = { ...(await options.taskFor(file)), file };
      inFlight.set(
        id,
        pool.run(task).then((result: FileResult) => ({ id, result })),
      );
      if (inFlight.size >= limit) {
        const done = await Promise.race(inFlight.values());
        inFlight.delete(done.id);
        yield done.result;
      }
    }
    while (inFlight.size > 0) {
      const done = await Promise.race(inFlight.values());
      inFlight.delete(done.id);
      yield done.result;
    }
  } finally {
    await pool.destroy();
  }
}
