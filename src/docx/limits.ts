// The limits of what the readers accept from a file, in one place. A report is a few hundred KB
// of XML; these bounds are far above any real report and keep a hostile or broken file from
// taking unbounded time or memory (the README's "Limits" section states them).

const MB = 1024 * 1024;

/** Largest file the command line reads (the web page reads at most MAX_PAGE_FILE_MB). */
export const MAX_INPUT_MB = 100;
export const MAX_INPUT_BYTES = MAX_INPUT_MB * MB;

/** Largest file the web page reads (a browser tab has less memory than a command line). */
export const MAX_PAGE_FILE_MB = 50;

/** Largest inflated size of one part of the package (document.xml, styles.xml, an image...). */
export const MAX_PART_MB = 100;
export const MAX_PART_BYTES = MAX_PART_MB * MB;

/** Largest inflated size of all the parts read from one package together. */
export const MAX_TOTAL_MB = 250;
export const MAX_TOTAL_BYTES = MAX_TOTAL_MB * MB;

/** Largest number of entries in the zip's central directory (a .docx has a few dozen). */
export const MAX_ENTRIES = 10000;

/** Numbering levels are 0..8 (w:ilvl), as in Word. */
export const MAX_LEVELS = 9;

/** Largest start value or counter of a numbered list; larger values are clamped to it. */
export const MAX_NUMBER = 1_000_000;

/** Letter labels (A..Z, AA..ZZ, ...) longer than this many letters are shown as decimal numbers. */
export const MAX_LETTER_REPEAT = 20;

/** Longest level text (w:lvlText) read, and longest numbering label produced. */
export const MAX_LEVEL_TEXT = 100;
export const MAX_LABEL_LENGTH = 200;

/** Widest zero padding of a custom number format ("001, 002, ..."). */
export const MAX_NUMBER_WIDTH = 10;

/** Hops followed through w:numStyleLink to the list a numbering style points at. */
export const MAX_STYLE_LINK_HOPS = 5;
