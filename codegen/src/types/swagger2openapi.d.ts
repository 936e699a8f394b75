// swagger2openapi ships no types; this is the one function the generator calls.
declare module "swagger2openapi" {
  export function convertObj(
    swagger: Record<string, unknown>,
    options: Record<string, unknown>,
  ): Promise<{ openapi: Record<string, unknown> }>;
}
