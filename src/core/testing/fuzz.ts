/**
 * Settings for fuzz tests (fast-check): a fresh seed per run, printed so a failure can be replayed
 * with FC_SEED=<seed>; FC_RUNS scales the number of runs. Not used by the app.
 */
export interface FuzzSettings {
  seed: number;
  numRuns: number;
}

export function fuzzSettings(name: string, defaultRuns: number): FuzzSettings {
  const fromEnv = Number(process.env.FC_SEED);
  const seed = Number.isInteger(fromEnv) && process.env.FC_SEED !== '' ? fromEnv : Math.floor(Math.random() * 2 ** 31);
  const numRuns = Number(process.env.FC_RUNS ?? defaultRuns);
  console.log(`fuzz ${name}: seed ${seed}, ${numRuns} runs (replay: FC_SEED=${seed})`);
  return { seed, numRuns };
}
