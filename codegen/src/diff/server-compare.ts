import { isObject, type JsonObject } from "../model/spec-context.js";
import { recorder } from "./changes.js";
import type { CompareContext } from "./compare-context.js";
import { serverChanged } from "./rules/document-rules.js";

/** Where a document says its API is served: V1's `schemes`, `host` and `basePath`, V2's `servers`. */
function servedAt(document: JsonObject): { readonly text: string; readonly pointer: string } {
  if (typeof document.swagger === "string") {
    const schemes = Array.isArray(document.schemes) ? document.schemes.map(String).sort() : ["https"];
    const host = typeof document.host === "string" ? document.host : "";
    const basePath = typeof document.basePath === "string" ? document.basePath : "";
    return { text: schemes.map((scheme) => `${scheme}://${host}${basePath}`).join(" "), pointer: "" };
  }
  const servers = Array.isArray(document.servers) ? document.servers.filter(isObject) : [];
  return {
    text: servers.map((server) => String(server.url)).join(" ") || "(none)",
    // The whole document where it has no `servers`, so the pointer resolves either way.
    pointer: Object.hasOwn(document, "servers") ? "/servers" : "",
  };
}

/**
 * Records a change of where the API is served. PortOne's promise says nothing of it, but a client
 * with a fixed base URL (ours defaults to api.portone.io and api.iamport.kr) needs checking.
 */
export function compareServers(context: CompareContext): void {
  const before = servedAt(context.old.source.document as JsonObject);
  const after = servedAt(context.new.source.document as JsonObject);
  if (before.text === after.text) return;
  recorder(
    context.log,
    { location: "servers" },
    undefined,
    [],
  )(serverChanged, { old: before.text, new: after.text }, { old: before.pointer, new: after.pointer });
}
