// Stands in for https://appsforoffice.microsoft.com/lib/1/hosted/office.js in the browser tests:
// bundled into one script, it creates the Word fake from `window.__fakeOptions`, installs
// Word/Office/OfficeExtension on window and exposes the fake as `window.__wordFake`.
import { createWordFake } from '../fakes/word-fake';
import type { FakeBoot } from './browser-globals';

const boot: FakeBoot = window.__fakeOptions ?? {};
const fake = createWordFake(boot.paragraphs ?? [], boot.options ?? {});

if (boot.syncDelayMs && boot.syncDelayMs > 0) {
  // Every request context (those Word.run makes too) derives from the class behind
  // Word.RequestContext: its sync applies the batch at once and answers after the delay.
  const delay = boot.syncDelayMs;
  const proto = Object.getPrototypeOf(fake.Word.RequestContext.prototype) as { sync: (...args: unknown[]) => Promise<unknown> };
  const sync = proto.sync;
  proto.sync = async function (this: unknown, ...args: unknown[]): Promise<unknown> {
    const result = await sync.apply(this, args);
    await new Promise((resolve) => setTimeout(resolve, delay));
    return result;
  };
}

fake.install();
window.__wordFake = fake;
