/**
 * Message catalogues: every Vietnamese message a person reads, one catalogue per module
 * (`<noun>.messages.ts`), keyed by a stable code `<noun>.<what>` that logs and JSON answers carry.
 * An entry is the text, or a function that builds it from values.
 */
export type MessageText = string | ((...args: never[]) => string);
export type Catalogue = Readonly<Record<string, MessageText>>;

/** A message ready to show, with its code: what an `AppError` carries. */
export interface Said {
  readonly code: string;
  readonly message: string;
}

type ArgsOf<T> = T extends (...args: infer A) => string ? A : [];

/**
 * The typed `say(code, ...values)` of one catalogue: the code must be one of its keys, and the
 * values are exactly what that entry's function takes.
 */
export function speaker<C extends Catalogue>(catalogue: C) {
  return <K extends keyof C & string>(code: K, ...args: ArgsOf<C[K]>): Said => {
    const entry = catalogue[code] as MessageText;
    const message =
      typeof entry === 'function' ? (entry as (...a: unknown[]) => string)(...args) : entry;
    return { code, message };
  };
}
