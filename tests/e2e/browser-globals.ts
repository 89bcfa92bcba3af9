// What the end-to-end tests put on the page's window: the options of the Word fake (set before
// any script runs) and the fake itself (set by the office.js stand-in), for the test to drive.
import type { FakeOptions, FakeParagraphInit, WordFake } from '../fakes/word-fake';

/** How the office.js stand-in creates the Word fake. */
export interface FakeBoot {
  /** Initial paragraphs (an empty document when absent). */
  paragraphs?: FakeParagraphInit[];
  options?: FakeOptions;
  /**
   * Delay before each `context.sync()` answers, in milliseconds: Word's round trip (the fake
   * itself answers within the same task).
   */
  syncDelayMs?: number;
}

declare global {
  interface Window {
    __fakeOptions?: FakeBoot;
    __wordFake?: WordFake;
    /** What the page's live region announced since the test started listening. */
    __announced?: string[];
  }
}

export {};
