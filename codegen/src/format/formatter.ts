import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { Options } from "prettier";
import { withDocCommentsAside } from "./doc-comments-aside.js";

/**
 * Generated code is formatted with prettier's defaults, never a user's config, so the same
 * spec gives the same bytes everywhere. `babel-ts` prints exactly what the `typescript`
 * parser would for this code and is about a third faster on the V2 output.
 */
export const PRETTIER_OPTIONS: Options = { parser: "babel-ts" };

export interface Formatter {
  format(sources: readonly string[]): Promise<string[]>;
  close(): Promise<void>;
}

function prettierUrl(): string {
  return pathToFileURL(createRequire(import.meta.url).resolve("prettier")).href;
}

/** Formats on the calling thread; what tests of small fixtures use. */
export function createInProcessFormatter(): Formatter {
  const prettier = import("prettier");
  return {
    async format(sources) {
      const { format } = await prettier;
      const results: string[] = [];
      for (const source of sources) results.push(await format(source, PRETTIER_OPTIONS));
      return results;
    },
    async close() {},
  };
}

// Plain JS so it runs the same from the compiled CLI and under the test runner.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const prettier = import(workerData.prettierUrl);
parentPort.on("message", async ({ id, source }) => {
  try {
    const loaded = await prettier;
    const format = loaded.format || loaded.default.format;
    parentPort.postMessage({ id, text: await format(source, workerData.options) });
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.stack) || error) });
  }
});
`;

/**
 * Formats on worker threads, so prettier's work (the largest part of generating V2) can use
 * several cores. Workers start loading prettier at once.
 */
export function createWorkerFormatter(
  workerCount = Math.max(1, Math.min(availableParallelism(), 4)),
): Formatter {
  const workerData = { prettierUrl: prettierUrl(), options: PRETTIER_OPTIONS };
  const workers = Array.from(
    { length: workerCount },
    () => new Worker(WORKER_SOURCE, { eval: true, workerData }),
  );
  // Jobs go to the worker with the fewest characters still queued.
  const pending = new Map<
    number,
    { size: number; resolve: (text: string) => void; reject: (error: Error) => void }
  >();
  const load = new Map<Worker, number>(workers.map((worker) => [worker, 0]));
  let nextId = 0;
  for (const worker of workers) {
    worker.on("message", (message: { id: number; text?: string; error?: string }) => {
      const job = pending.get(message.id);
      pending.delete(message.id);
      load.set(worker, (load.get(worker) ?? 0) - (job?.size ?? 0));
      if (message.error !== undefined)
        job?.reject(new Error(`prettier failed on generated code: ${message.error}`));
      else job?.resolve(message.text ?? "");
    });
    worker.on("error", (error) => {
      for (const job of pending.values()) job.reject(error);
      pending.clear();
    });
  }
  const leastLoaded = (): Worker =>
    workers.reduce((best, worker) => ((load.get(worker) ?? 0) < (load.get(best) ?? 0) ? worker : best));
  return {
    format(sources) {
      return Promise.all(
        sources.map(
          (source) =>
            new Promise<string>((resolve, reject) => {
              const id = nextId++;
              const worker = leastLoaded();
              load.set(worker, (load.get(worker) ?? 0) + source.length);
              pending.set(id, { size: source.length, resolve, reject });
              worker.postMessage({ id, source });
            }),
        ),
      );
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

/**
 * One worker where there are two cores or more: it formats each module while the calling
 * thread emits the next. More took longer on 2-vCPU machines (prettier allocates heavily).
 */
export function defaultFormatThreads(): number {
  return availableParallelism() > 1 ? 1 : 0;
}

/**
 * The formatter generation uses: on `threads` workers, or on the calling thread for 0, with
 * JSDoc set aside while prettier works (the same bytes, in two thirds of the time).
 */
export function createFormatter(threads: number): Formatter {
  return withDocCommentsAside(threads > 0 ? createWorkerFormatter(threads) : createInProcessFormatter());
}
