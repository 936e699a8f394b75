import type { SpecLocation } from "./errors.js";

/** Something worth telling the user that does not stop generation. */
export interface SpecWarning extends SpecLocation {
  readonly message: string;
}

export type WarningHandler = (warning: SpecWarning) => void;
