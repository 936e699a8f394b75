// `@portone-typed/v2/common`: category `common` alone. The compiler loads only its operations and
// the schemas they use; the bundle holds only its operations table.
import { isPortOneError as isAnyPortOneError } from "../core/errors.js";
import { clientFactory, type EntryClient, type IsPortOneError } from "../core/entry.js";
import {
  operationTable,
  type OperationErrors,
  type paths,
  type PortOneClient as Operations,
} from "../../../../generated/v2/categories/common/index.js";

export * from "../../../../generated/v2/categories/common/index.js";
export * from "../core/public.js";

export type PortOneClient = EntryClient<paths, Operations>;
export const PortOneClient = clientFactory<paths, Operations>(operationTable);
export const createPortOneClient = PortOneClient;
export const isPortOneError: IsPortOneError<OperationErrors> = isAnyPortOneError as never;
