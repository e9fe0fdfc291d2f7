/**
 * Imported first by the checks worker, so zod is set to jitless before any schema is built (object
 * schemas read the setting when they are built): zod's `new Function` probe would be blocked by the
 * page's CSP (no 'unsafe-eval') and reported.
 */
import { preferJitlessZod } from '../../core/model/zod-jitless';

preferJitlessZod();
