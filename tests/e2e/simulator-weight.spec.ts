import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { weighPage } from '../bench/page-weight.mjs';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

test('the simulator page ships at most 90 KB of JavaScript, gzip', () => {
  const { jsGzip } = weighPage(dist, '/simulator/');
  expect(jsGzip).toBeGreaterThan(0);
  expect(jsGzip / 1024).toBeLessThanOrEqual(90);
});
