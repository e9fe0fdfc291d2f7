/**
 * Makes zod validate by interpretation instead of generating code with `new Function`. Call before
 * zod loads (zod keeps the settings object it finds then, and object schemas read `jitless` when they
 * are built). The page needs it because its CSP has no 'unsafe-eval'; the CLI because code generation
 * costs about 28 ms of a one-shot process that parses one config. zod reads its settings (what
 * z.config() writes) from this global, so setting it here does not load zod; the object is changed in
 * place, so a zod already loaded sees it too.
 */
export function preferJitlessZod(): void {
  const settings = globalThis as { __zod_globalConfig?: Record<string, unknown> };
  Object.assign((settings.__zod_globalConfig ??= {}), { jitless: true });
}
