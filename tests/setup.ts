// Dates in the tests are written in UTC, whatever the machine's zone.
process.env.TZ = 'UTC';
import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});
