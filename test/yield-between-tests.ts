import { beforeEach } from 'vitest';

/**
 * Lets the worker's event loop turn between tests. Tests that run the CLI wait for it with
 * spawnSync, and vitest goes from test to test in microtasks alone: on a slow machine a file's
 * tests then hold the loop for over a minute in one stretch, the worker cannot read vitest's answer
 * to its progress report, and vitest fails the run with `Timeout calling "onTaskUpdate"` though
 * every test passed (vitest-dev/vitest#8164). One setImmediate per test lets the answer in.
 */
beforeEach(() => new Promise<void>((resolve) => setImmediate(resolve)));
