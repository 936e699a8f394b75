import { operationsByRoute } from "@portone-typed/internal";
import { createPortOneCall, pathClientOf, type PathClient, type PortOneClientOptions } from "./client.js";
import type { PortOneError } from "./errors.js";
import { createOperationClient } from "./operation-client.js";
import type { OperationTable } from "./operations.js";

/** What an entry point's `PortOneClient(...)` makes: the operation style and the path style in one object. */
export type EntryClient<Paths extends {}, Operations> = Operations & PathClient<Paths>;

/**
 * The client factory of one entry point (the whole API or one category): the path client over
 * the entry's operations table, and the operation style built from the same table, so both
 * share one pipeline (auth, `storeId`, timeout, error bodies, redaction).
 */
export function clientFactory<Paths extends {}, Operations>(
  table: OperationTable,
): (options: PortOneClientOptions) => EntryClient<Paths, Operations> {
  // By route, in table order: what both styles look operations up by, made once per entry.
  const byRoute = operationsByRoute(table);
  return (options) => {
    const call = createPortOneCall(options, table);
    const pathClient = pathClientOf<Paths>(call, byRoute);
    const operations = createOperationClient<Record<string, unknown>>(call, byRoute.values());
    return { ...pathClient, ...operations } as EntryClient<Paths, Operations>;
  };
}

/** `isPortOneError` for an entry: narrows `data` to the operation's error union (`Errors`: the generated `OperationErrors`). */
export type IsPortOneError<Errors> = <Op extends keyof Errors & string>(
  error: unknown,
  operation: Op,
) => error is PortOneError<Op, Errors[Op]>;
