// Run before the test suite: stop early, with advice, when there is no browser to test in.
import { requireChromium } from './chromium.mjs';

requireChromium();
