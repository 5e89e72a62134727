/** How many cases a property runs and with which seed. */
export interface FuzzSettings {
  /** Cases per property. */
  numRuns: number
  /** Seed of the random generator, printed so a failure replays. */
  seed: number
}

/** The seed used when `FUZZ_SEED` is not set, so CI runs are the same every time. */
export const defaultFuzzSeed = 20_180_601

/**
 * Read `FUZZ_RUNS` and `FUZZ_SEED` from the environment: a fixed seed unless
 * told otherwise, so failures in CI replay with the seed it printed.
 *
 * @param defaultRuns Cases when `FUZZ_RUNS` is not set (example: `1000`).
 * @param environment Variables to read (optional, default `process.env`).
 */
export function readFuzzSettings(defaultRuns: number, environment: NodeJS.ProcessEnv = process.env): FuzzSettings {
  const runs = environment.FUZZ_RUNS === undefined ? defaultRuns : Number(environment.FUZZ_RUNS)
  const seed = environment.FUZZ_SEED === undefined ? defaultFuzzSeed : Number(environment.FUZZ_SEED)
  if (!Number.isInteger(runs) || runs < 1) {
    throw new TypeError(`Cannot run with \`FUZZ_RUNS=${String(environment.FUZZ_RUNS)}\`. Set a whole number of at least 1 (example: \`FUZZ_RUNS=5000\`).`)
  }
  if (!Number.isInteger(seed)) {
    throw new TypeError(`Cannot run with \`FUZZ_SEED=${String(environment.FUZZ_SEED)}\`. Set a whole number (example: \`FUZZ_SEED=42\`).`)
  }
  return {numRuns: runs, seed}
}
