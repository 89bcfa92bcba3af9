// Selecting a run of paragraphs (the guidance to delete), and putting the cursor at the end of a
// paragraph (where a section's figures go). Range.select() also scrolls Word to the range.
//
// Both read the paragraph list (one small property per paragraph), then select: two syncs.
import type { Lang } from '../analysis/messages';
import { WordHostError } from './messages';

/** body.paragraphs index of a snapshot paragraph (they differ under WordApi 1.1/1.2, where tables are read from the OOXML). */
function wordIndex(index: number, lang: Lang, wordIndexes?: ReadonlyArray<number | undefined>): number {
  const mapped = wordIndexes && index >= 0 && index < wordIndexes.length ? wordIndexes[index] : index;
  if (mapped === -1) throw new WordHostError('tableParagraph', lang);
  return mapped ?? index;
}

/** The body's paragraphs, for selecting some of them (first sync). */
async function bodyParagraphs(context: Word.RequestContext, lang: Lang, indexes: number[]): Promise<Word.Paragraph[]> {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load('items/outlineLevel');
  await context.sync();
  const items = paragraphs.items;
  for (const i of indexes) if (!Number.isInteger(i) || i < 0 || i >= items.length) throw new WordHostError('noParagraph', lang);
  return items;
}

/**
 * Selects from the start of paragraph `first` to the end of paragraph `last`, its mark included,
 * so that deleting the selection removes the paragraphs (Paragraph.getRange, Range.expandTo:
 * WordApi 1.3). Without WordApi 1.3 (`whole` false) only the first paragraph is selected
 * (Paragraph.select: WordApi 1.1).
 */
export async function selectParagraphRange(
  first: number,
  last: number,
  options: { lang: Lang; whole: boolean; wordIndexes?: ReadonlyArray<number | undefined> },
): Promise<void> {
  const [from, to] = first <= last ? [first, last] : [last, first];
  const a = wordIndex(from, options.lang, options.wordIndexes);
  const b = options.whole ? wordIndex(to, options.lang, options.wordIndexes) : a;
  await Word.run(async (context) => {
    const items = await bodyParagraphs(context, options.lang, [a, b]);
    if (options.whole && b > a) items[a].getRange('Whole').expandTo(items[b].getRange('Whole')).select('Select');
    else items[a].select('Select');
    await context.sync();
  });
}

/**
 * Puts the cursor before the mark of paragraph `index`, after its last character
 * (Paragraph.getRange('End'), WordApi 1.3: "for paragraph, it's the point before the EOP",
 * https://learn.microsoft.com/en-us/javascript/api/word/word.rangelocation). Paragraph.select('End')
 * would not do: the paragraph's range holds its mark, so the cursor would land at the start of the
 * next paragraph (as VBA's Range.Collapse documents). Without WordApi 1.3 (`atEnd` false) the
 * cursor goes to the start of the paragraph, which at least is in the right paragraph.
 */
export async function placeCursorAtEnd(
  index: number,
  options: { lang: Lang; atEnd: boolean; wordIndexes?: ReadonlyArray<number | undefined> },
): Promise<void> {
  const target = wordIndex(index, options.lang, options.wordIndexes);
  await Word.run(async (context) => {
    const items = await bodyParagraphs(context, options.lang, [target]);
    if (options.atEnd) items[target].getRange('End').select('Select');
    else items[target].select('Start');
    await context.sync();
  });
}
