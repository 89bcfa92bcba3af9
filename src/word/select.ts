// Selects a paragraph of the document (Word scrolls it into view).
import type { Lang } from '../analysis/messages';
import { WordHostError } from './messages';

/**
 * Selects paragraph `index` (as numbered in the last snapshot) in two syncs: the paragraph list
 * (one small property per paragraph), then the selection.
 */
export async function selectParagraph(index: number, lang: Lang = 'vi', wordIndexes?: ReadonlyArray<number | undefined>): Promise<void> {
  // A snapshot read under WordApi 1.1/1.2 holds table paragraphs body.paragraphs does not return.
  const mapped = wordIndexes && index >= 0 && index < wordIndexes.length ? wordIndexes[index] : index;
  if (mapped === -1) throw new WordHostError('tableParagraph', lang);
  const target = mapped ?? index;
  await Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load('items/outlineLevel');
    await context.sync();
    const items = paragraphs.items;
    if (!Number.isInteger(target) || target < 0 || target >= items.length) throw new WordHostError('noParagraph', lang);
    items[target].select('Select');
    await context.sync();
  });
}
