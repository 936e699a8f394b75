// The flow as a program, for Node, Bun and Deno: the fakes' addresses as its one argument.
import { flow } from "./flow.mjs";

const [fakes] = globalThis.Deno ? globalThis.Deno.args : process.argv.slice(2);
console.log(JSON.stringify(await flow(JSON.parse(fakes))));
