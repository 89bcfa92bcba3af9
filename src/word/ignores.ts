// The user's ignores, stored in the document as custom properties "mttq-ignore-0", "-1", ...
// (WordApi 1.3), so they travel with the file.
import type { Ignore } from '../analysis/types';
import { encodeIgnoreProperty, IGNORE_PROPERTY_PREFIX } from '../docx/ignores';

/**
 * Replaces the stored ignores with these: one batch of two syncs (read the property names, then
 * delete the old mttq-ignore-* and add the new ones). Other custom properties are left alone.
 */
export async function saveIgnores(ignores: Ignore[]): Promise<void> {
  await Word.run(async (context) => {
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
    await context.sync();
  });
}
