/**
 * Outside Office (the pane opened in a plain browser) there is no CustomFunctions global, and the
 * associate calls custom-functions-metadata-plugin appends to functions.js would throw at load.
 * Bundled before functions.ts: a no-op stands in only where Office provides nothing.
 */
const g = globalThis as { CustomFunctions?: unknown };
if (typeof g.CustomFunctions === "undefined") g.CustomFunctions = { associate: () => undefined };

export {};
