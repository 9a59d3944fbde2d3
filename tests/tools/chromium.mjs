// Where the browser tests find Chromium: $CHROMIUM_PATH, else Debian's package. Playwright never downloads one here.
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Exit with installation advice when no Chromium is where the browser tests will look. */
export function requireChromium() {
  if (existsSync(chromiumPath)) return;
  console.error(
    [
      `No Chromium found at ${chromiumPath}. The browser tests need one.`,
      "Install Debian's:   sudo apt-get update && sudo apt-get install -y chromium",
      'or point to yours: CHROMIUM_PATH=/path/to/chromium npm test',
    ].join('\n'),
  );
  process.exit(1);
}
