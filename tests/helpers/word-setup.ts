// Installs the Word fake as the globals Word, Office and OfficeExtension for one test, and removes
// them after it.
import { createWordFake, type WordFake } from '../fakes/word-fake';

let uninstall: (() => void) | undefined;

afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

export function installWordFake(...args: Parameters<typeof createWordFake>): WordFake {
  uninstall?.();
  const fake = createWordFake(...args);
  uninstall = fake.install();
  return fake;
}
