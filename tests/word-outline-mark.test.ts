// The outline a document follows, kept in the add-in's settings: written into the document by
// saveAsync, in the file only once the document is saved, read back in a new session.
import { toOutlineFile } from '../src/outline-file/format';
import { defaultTemplate } from '../src/template';
import { OUTLINE_IN_SETTINGS_MAX, OUTLINE_SETTING, readOutlineMark, saveOutlineMark } from '../src/word/outline-mark';
import { installWordFake } from './helpers/word-setup';

const file = { ...toOutlineFile(defaultTemplate), id: 'de-cuong-2025', version: '2' };

test('a mark saved into a saved document asks the user to save, and a new session sees it only after saving', async () => {
  const fake = installWordFake([{ text: 'Báo cáo' }], { apiVersion: '1.1' });
  expect(readOutlineMark()).toBeNull();
  const outcome = await saveOutlineMark({ id: file.id, version: file.version, file });
  // Settings alone do not mark the document as changed: the pane reminds the user to save.
  expect(outcome).toEqual({ saveReminder: true });
  expect(readOutlineMark()).toEqual({ id: 'de-cuong-2025', version: '2', file });

  expect(fake.reopen().doc.settings[OUTLINE_SETTING]).toBeUndefined();
  fake.userSaves();
  // The helper's uninstall restores the globals after the test; this session replaces the first.
  const restore = fake.reopen().install();
  expect(readOutlineMark()).toEqual({ id: 'de-cuong-2025', version: '2', file });
  restore();
});

test('after an edit Word asks to save by itself: no reminder', async () => {
  const fake = installWordFake([{ text: 'Báo cáo' }]);
  fake.userTypes(0, 'Báo cáo năm 2025');
  await expect(saveOutlineMark({ id: defaultTemplate.id })).resolves.toEqual({ saveReminder: false });
  expect(fake.doc.settings[OUTLINE_SETTING]).toEqual({ id: defaultTemplate.id });
});

test('an outline too large for the settings is kept by id and version only', async () => {
  const fake = installWordFake();
  const huge = { ...file, genericPhrases: ['x'.repeat(OUTLINE_IN_SETTINGS_MAX)] };
  await saveOutlineMark({ id: huge.id, version: huge.version, file: huge });
  expect(fake.doc.settings[OUTLINE_SETTING]).toEqual({ id: 'de-cuong-2025', version: '2' });
});

test('a setting that is not a mark is no mark', () => {
  installWordFake([], { settings: { [OUTLINE_SETTING]: { version: 3 } } });
  expect(readOutlineMark()).toBeNull();
  installWordFake([], { settings: { [OUTLINE_SETTING]: 'mttq-2023' } });
  expect(readOutlineMark()).toBeNull();
  installWordFake([], { settings: { [OUTLINE_SETTING]: { id: 'mttq-2023', file: 'broken' } } });
  expect(readOutlineMark()).toEqual({ id: 'mttq-2023' });
});
