/**
 * Keeps the reader's theme choice (auto, light or dark, as the inline theme script sets it on
 * <html data-theme-choice>) through the site's storage wrapper after the browser refused to save it,
 * so the reader is told. A standalone bundle (Vite's ?worker&url), imported by the inline script
 * only on such a refusal, so no page carries this code until it is needed.
 */
import { writeItem } from './site-storage';

const choice = document.documentElement.dataset.themeChoice;
if (choice) writeItem('localStorage', 'theme', choice);
