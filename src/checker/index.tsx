// Entry of the checker page bundle.
import { startChecker } from './bootstrap';
import { readStoredLang } from './lang-store';
import { getCheckerStrings, pageLang } from './strings';

const container = document.getElementById('root');
if (container) {
  try {
    startChecker(container);
  } catch (error) {
    // Last resort: the React tree could not start; say so in plain text.
    const s = getCheckerStrings(pageLang(location.search, readStoredLang()));
    container.textContent = `${s.startError} ${error instanceof Error ? error.message : ''}`;
  }
}
