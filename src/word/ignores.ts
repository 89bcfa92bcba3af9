// The user's ignores, stored in the document as custom properties "mttq-ignore-0", "-1", ...
// (WordApi 1.3), so they travel with the file.
import type { Ignore } from '../analysis/types';
import type { SaveOutcome } from '../taskpane/host';
import { encodeIgnoreProperty, IGNORE_PROPERTY_PREFIX } from '../docx/ignores';

/**
 * Replaces the stored ignores with these: one batch of two syncs (read the property names, then
 * delete the old mttq-ignore-* and add the new ones). Other custom properties are left alone.
 *
 * A change to custom document properties alone may not mark the document as changed, so Word
 * would close it without asking to save (OfficeDev/office-js#1059). The second sync also reads
 * Document.saved (WordApi 1.1): when Word still thinks there is nothing to save, the pane tells
 * the user to save.
 */
export async function saveIgnores(ignores: Ignore[]): Promise<SaveOutcome> {
  return Word.run(async (context) => {
    const properties = context.document.properties.customProperties;
    properties.load('items/key');
    await context.sync();
    const prefix = IGNORE_PROPERTY_PREFIX.toLowerCase();
    for (const property of properties.items) {
      if (property.key.toLowerCase().startsWith(prefix)) property.delete();
    }
    ignores.forEach((ignore, i) => {
      properties.add(`${IGNORE_PROPERTY_PREFIX}${i}`, encodeIgnoreProperty(ignore));
    });
    const document = context.document;
    document.load('saved');
    await context.sync();
    return { saveReminder: document.saved };
  });
}
