import type { ApiModel, Envelope, Operation } from "../model/model.js";
import { propertyKey } from "./escape.js";
import { blockComment, docLines } from "./jsdoc.js";
import { markFragments, operationSubject, type ModuleTemplate } from "./sections.js";
import { componentsRef } from "./type-aliases.js";

/** The payload type of an operation: the envelope's `response`, named directly when it is a schema (or a list of one). */
function payloadType(operation: Operation, envelopes: ReadonlyMap<string, Envelope>): string | undefined {
  if (operation.payload?.kind === "none") return "null";
  if (operation.payload?.kind !== "envelope") return undefined;
  const envelope = envelopes.get(operation.payload.envelope);
  if (envelope?.payloadRef)
    return `${componentsRef(envelope.payloadRef.schema)}${envelope.payloadRef.array ? "[]" : ""}`;
  return `${componentsRef(operation.payload.envelope)}["response"]`;
}

/** `payloads.ts` (V1): what each operation's success envelope carries, so a client unwraps it without casts. */
export function emitPayloadsModule(model: ApiModel): ModuleTemplate {
  const envelopes = new Map(model.envelopes.map((envelope) => [envelope.name, envelope]));
  const fragments = model.operations.flatMap((operation) => {
    const type = payloadType(operation, envelopes);
    if (type === undefined) return [];
    const doc = docLines(operation.docs);
    const comment = doc.length > 0 ? `${blockComment(doc)}\n` : "";
    return [
      {
        key: operationSubject(operation.operationId),
        text: `${comment}${propertyKey(operation.operationId)}: ${type};`,
      },
    ];
  });
  const head =
    "/** The payload of each operation's success response: the `response` of its `Envelope`. */\nexport interface Payloads {";
  const tail =
    "}\n\n/** The payload of an operation's success response. */\nexport type PayloadOf<OperationId extends keyof Payloads> = Payloads[OperationId];";
  return {
    name: "payloads",
    summary: "The payload each operation's success envelope carries.",
    sections: [
      {
        kind: "list",
        layout: "members",
        compose: "extends",
        markedText: markFragments(head, fragments, tail, "members"),
        uses: new Map(fragments.map((fragment) => [fragment.key, ["components"]])),
      },
    ],
  };
}
