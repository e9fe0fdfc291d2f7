/**
 * Makes zod validate by interpretation instead of generating code with `new Function`. Call before
 * any schema parses. The page needs it because its CSP has no 'unsafe-eval'; the CLI because code
 * generation costs about 28 ms of a one-shot process that parses one config. zod reads its settings
 * (what z.config() writes) from this global, so setting it here does not load zod.
 */
export function preferJitlessZod(): void {
  const settings = globalThis as { __zod_globalConfig?: Record<string, unknown> };
  settings.__zod_globalConfig = { ...settings.__zod_globalConfig, jitless: true };
}
