import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/** `npm run test:libreoffice`: only the tests that need LibreOffice (`soffice`) installed. */
export default defineConfig({
  ...base,
  test: { ...base.test, include: ['test/**/*.libreoffice.ts'], testTimeout: 180_000 },
});
