import { expect, it } from "vitest";
import type { Level, Rule, Side } from "../../../src/diff/rules/index.js";

/** One case of a rule: the details a walker records, and what the rule makes of them. */
export interface GivenWant<Details extends object> {
  readonly given: Details;
  readonly want: {
    readonly request: Level;
    readonly response: Level;
    readonly message: string;
    readonly distinct?: string;
    /** The note on the response side (the request side's is asserted the same or absent). */
    readonly note?: string;
  };
}

const levelOn = <Details extends object>(rule: Rule<string, Details>, side: Side, details: Details) => {
  const level = rule.level[side];
  return typeof level === "function" ? level(details) : level;
};

/** Asserts each case of `rule`: levels per side, message, id detail and note. */
export function itFollows<Details extends object>(
  rule: Rule<string, Details>,
  cases: readonly GivenWant<Details>[],
): void {
  it.each(cases.map((entry) => [JSON.stringify(entry.given), entry] as const))(
    `${rule.kind}: given %s`,
    (_title, { given, want }) => {
      expect({
        request: levelOn(rule, "request", given),
        response: levelOn(rule, "response", given),
        message: rule.message(given),
        distinct: rule.distinct?.(given),
        note: rule.note?.(new Set<Side>(["response"])),
      }).toEqual({ distinct: undefined, note: undefined, ...want });
      expect(rule.clauses.length).toBeGreaterThan(0);
    },
  );
}
