import { declaredCategoryDocs } from "./entry-points.js";
import type { ClientGroup, OperationCall } from "./model.js";
import { clientGroupName, qualifiedClientGroupName } from "./names.js";
import type { SpecContext } from "./spec-context.js";

/**
 * The operation style's tree of groups, from the calls' groups: every prefix of a group is a
 * group too (`payment` holds `billingKey`). Interfaces are named as PortOne's SDK names them
 * (`BillingKeyClient`); two groups ending in the same segment both take their whole path.
 */
export function readClientGroups(context: SpecContext, calls: readonly OperationCall[]): ClientGroup[] {
  const declared = declaredCategoryDocs(context);
  const groups = new Map<string, { path: string[]; operationIds: string[]; children: Set<string> }>();
  const ensure = (path: readonly string[]) => {
    const key = path.join(".");
    let group = groups.get(key);
    if (!group) {
      group = { path: [...path], operationIds: [], children: new Set() };
      groups.set(key, group);
      if (path.length > 1) ensure(path.slice(0, -1)).children.add(path.at(-1) ?? "");
    }
    return group;
  };
  for (const call of calls) ensure(call.group).operationIds.push(call.operationId);
  const lastSegmentUses = new Map<string, number>();
  for (const group of groups.values()) {
    const name = clientGroupName(group.path);
    lastSegmentUses.set(name, (lastSegmentUses.get(name) ?? 0) + 1);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, group]) => {
      const name = clientGroupName(group.path);
      return {
        path: group.path,
        interfaceName: (lastSegmentUses.get(name) ?? 0) > 1 ? qualifiedClientGroupName(group.path) : name,
        docs: declared.get(key) ?? {},
        operationIds: group.operationIds,
        children: [...group.children].sort(),
      };
    });
}
