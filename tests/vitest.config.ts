/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Room for a fixture build on a machine whose cores are all busy.
    testTimeout: 120_000,
    // One worker per core, not Vitest's default of one fewer: the build tests spend their time in
    // child builds, so on a 2-core machine the exhaustive simulator check runs beside them, not after.
    maxWorkers: availableParallelism(),
  },
});
