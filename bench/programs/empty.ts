// The floor of the type-check benchmark: the same compiler options with no client at all
// (the standard library, @types/node), so that what each client adds can be told apart.
export const answer: number = 42;
