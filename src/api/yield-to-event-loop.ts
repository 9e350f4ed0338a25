/** Lets other requests (and the per-request time limit) run between slices of a long job. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
