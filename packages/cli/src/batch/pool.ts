/**
 * The batch runner: lints many files on a worker-thread pool (piscina) and yields each result as
 * soon as it is ready. At most a few tasks per thread are in flight, so memory stays flat however
 * many files there are; results are not kept here. With a cache, unchanged files are answered
 * from it without being parsed.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { lintFile, type LintFileResult } from '../lint/run.js';
import type { LintCache } from './cache.js';
import { hashText } from './cache.js';
import type { BatchTask } from './worker.js';

export interface BatchOptions {
  /** Worker threads; 1 lints in this thread (no start-up cost for small batches). */
  jobs?: number;
  /** The task for a file (its configuration may depend on where it is). */
  taskFor: (file: string) => Omit<BatchTask, 'file'> | Promise<Omit<BatchTask, 'file'>>;
  cache?: LintCache;
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/**
 * The worker module beside this one in dist/batch/, also when this code runs from the lint bundle
 * (dist/lint.bundle.mjs), where it is one directory up.
 */
function workerFile(): string {
  for (const candidate of ['./worker.js', './batch/worker.js']) {
    const path = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(path)) return path;
  }
  throw new Error('nianbao: dist/batch/worker.js is missing; run the build');
}

/** What a cached result depends on besides the file's content. */
function settingsKey(task: Omit<BatchTask, 'file'>): string {
  return hashText(JSON.stringify([task.rules, task.locale, task.withData ?? false]));
}

export async function* runBatch(
  files: Iterable<string> | AsyncIterable<string>,
  options: BatchOptions,
): AsyncGenerator<LintFileResult> {
  const jobs = Math.max(1, options.jobs ?? defaultJobs());
  const { cache } = options;
  type Job = { task: BatchTask; key?: { content: string; settings: string } };
  const prepare = async (file: string): Promise<Job | LintFileResult> => {
    const task = { ...(await options.taskFor(file)), file };
    // Fixing writes files: a cached answer would skip the write.
    if (!cache || task.fix) return { task };
    const bytes = await readFile(file).catch(() => undefined);
    if (!bytes) return { task };
    const key = { content: hashText(bytes), settings: settingsKey(task) };
    return cache.get(file, key.content, key.settings) ?? { task, key };
  };
  const remember = (job: Job, result: LintFileResult) => {
    if (cache && job.key) cache.set(job.task.file, job.key.content, job.key.settings, result);
    return result;
  };
  if (jobs === 1) {
    for await (const file of files) {
      const job = await prepare(file);
      yield 'task' in job ? remember(job, await lintFile(job.task.file, job.task)) : job;
    }
    return;
  }
  const { Piscina } = await import('piscina');
  const pool = new Piscina({
    filename: workerFile(),
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 1000,
  });
  const limit = jobs * 4;
  const inFlight = new Map<number, Promise<{ id: number; result: LintFileResult }>>();
  let next = 0;
  const settle = async () => {
    const done = await Promise.race(inFlight.values());
    inFlight.delete(done.id);
    return done.result;
  };
  try {
    for await (const file of files) {
      const job = await prepare(file);
      if (!('task' in job)) {
        yield job;
        continue;
      }
      const id = next++;
      inFlight.set(
        id,
        (pool.run(job.task) as Promise<LintFileResult>).then((result) => ({
          id,
          result: remember(job, result),
        })),
      );
      if (inFlight.size >= limit) yield await settle();
    }
    while (inFlight.size > 0) yield await settle();
  } finally {
    await pool.destroy();
  }
}
