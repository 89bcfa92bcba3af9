// Selects a paragraph of the document (Word scrolls it into view).
import type { Lang } from '../analysis/messages';
import { WordHostError } from './messages';

/**
 * Selects paragraph `index` (as numbered in the last snapshot) in two syncs: the paragraph list
 * (one small property per paragraph), then the selection.
 */
export async function selectParagraph(index: number, lang: Lang = 'vi'): Promise<void> {
  await Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load('items/outlineLevel');
    await context.sync();
    const items = paragraphs.items;
    if (!Number.isInteger(index) || index < 0 || index >= items.length) throw new WordHostError('noParagraph', lang);
    items[index].select('Select');
    await context.sync();
  });
}
