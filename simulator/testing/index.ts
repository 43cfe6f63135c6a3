// Test helpers for users' own tests.

export { ModemHarness, type HarnessOptions } from './harness.js';
