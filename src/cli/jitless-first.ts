/**
 * Imported first by the CLI, so zod is jitless before any schema is built (object schemas read the
 * setting when they are built): a one-shot process parses one config, and interpreting it is faster
 * than generating code first (about 28 ms).
 */
import { preferJitlessZod } from '../core/model/zod-jitless';

preferJitlessZod();
