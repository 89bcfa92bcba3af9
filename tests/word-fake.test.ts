// The Word fake itself: it must fail where Word fails, or the Word tests prove nothing.
import { createWordFake, FakeOfficeError, type WordFake } from './fakes/word-fake';
import { installWordFake } from './helpers/word-setup';

let fake: WordFake;

function setup(...args: Parameters<typeof createWordFake>): WordFake {
  fake = installWordFake(...args);
  return fake;
}

describe('proxies and sync', () => {
  it('throws PropertyNotLoaded when a property is read without load and sync', async () => {
    setup([{ text: 'Một' }, { text: 'Hai' }]);
    await Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      expect(() => paragraphs.items).toThrow(/The property 'items' is not available/);
      paragraphs.load('items/text');
      // Loaded but not synced yet.
      expect(() => paragraphs.items).toThrow(FakeOfficeError);
      await context.sync();
      expect(paragraphs.items.map((p) => p.text)).toEqual(['Một', 'Hai']);
      // Only what was loaded is readable.
      let error: unknown;
      try {
        void paragraphs.items[0].style;
      } catch (e) {
        error = e;
      }
      expect((error as FakeOfficeError).code).toBe('PropertyNotLoaded');
      expect((error as Error).message).toContain('call the load method on the containing object and call "context.sync()"');
    });
  });

  it('applies queued writes only at sync; loaded values are the state of their sync', async () => {
    setup([{ text: 'Một' }]);
    await Word.run(async (context) => {
      const body = context.document.body;
      body.load('text');
      await context.sync();
      body.insertParagraph('Hai', 'End');
      // Nothing has happened yet, in the document or in the loaded value.
      expect(fake.doc.texts()).toEqual(['Một']);
      expect(body.text).toBe('Một');
      body.load('text');
      await context.sync();
      expect(fake.doc.texts()).toEqual(['Một', 'Hai']);
      expect(body.text).toBe('Một\rHai');
    });
    expect(fake.stats.syncs).toBe(2);
    expect(fake.stats.runs).toBe(1);
    expect(fake.stats.undoSteps).toBe(1);
  });

  it('counts every sync and drops commands never synced', async () => {
    setup([{ text: 'Một' }]);
    await Word.run(async (context) => {
      context.document.body.insertParagraph('lost', 'End');
    });
    expect(fake.stats.syncs).toBe(0);
    expect(fake.stats.discarded).toBe(1);
    expect(fake.doc.texts()).toEqual(['Một']);
    await Word.run(async (context) => {
      await context.sync();
      await context.sync();
    });
    expect(fake.stats.syncs).toBe(2);
  });

  it('accepts load paths, arrays, select objects and property objects on collections', async () => {
    setup([{ text: 'A', headingLevel: 2 }, { text: 'B' }, { text: 'C', inTable: true }]);
    await Word.run(async (context) => {
      const a = context.document.body.paragraphs;
      a.load('items/text, items/styleBuiltIn');
      const b = context.document.body.getRange('Whole').paragraphs;
      b.load({ text: true, tableNestingLevel: true, $top: 2, $skip: 1 });
      const c = context.document.contentControls;
      c.load(['items/tag']);
      await context.sync();
      expect(a.items.map((p) => [p.text, p.styleBuiltIn])).toEqual([
        ['A', 'Heading2'],
        ['B', 'Normal'],
        ['C', 'Normal'],
      ]);
      expect(b.items.map((p) => [p.text, p.tableNestingLevel])).toEqual([
        ['B', 0],
        ['C', 1],
      ]);
      expect(c.items).toEqual([]);
      expect(() => a.items[0].tableNestingLevel).toThrow(/not available/);
    });
  });

  it('fails the batch on an API the host does not support (WordApi 1.1)', async () => {
    setup([{ text: 'A' }], { apiVersion: '1.1' });
    expect(Office.context.requirements.isSetSupported('WordApi', '1.1')).toBe(true);
    expect(Office.context.requirements.isSetSupported('WordApi', '1.3')).toBe(false);
    await expect(
      Word.run(async (context) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load('items/text,items/styleBuiltIn');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
    await expect(
      Word.run(async (context) => {
        context.document.body.getComments().load('items/content');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('keeps earlier operations of a failed batch, as Word does, but loads nothing', async () => {
    setup([{ text: 'A' }], { apiVersion: '1.3' });
    const body = await Word.run(async (context) => {
      const b = context.document.body;
      b.insertParagraph('B', 'End');
      b.load('text');
      b.getRange('Whole').insertComment('x');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
      return b;
    });
    expect(fake.doc.texts()).toEqual(['A', 'B']);
    expect(() => body.text).toThrow(/not available/);
  });

  it('resolves null objects only after sync', async () => {
    setup([{ text: 'A' }, { text: 'B', contentControl: { tag: 'mttq-guidance' } }, { text: 'C', listString: '1.' }]);
    await Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/parentContentControlOrNullObject/tag,items/listItemOrNullObject/listString');
      await context.sync();
      const [a, b, c] = paragraphs.items;
      expect(a.parentContentControlOrNullObject.isNullObject).toBe(true);
      expect(b.parentContentControlOrNullObject.isNullObject).toBe(false);
      expect(b.parentContentControlOrNullObject.tag).toBe('mttq-guidance');
      expect(c.listItemOrNullObject.listString).toBe('1.');
      const missing = context.document.properties.customProperties.getItemOrNullObject('nothing');
      expect(() => missing.isNullObject).toThrow(/not available/);
      missing.load('value');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
    });
  });

  it('fails the batch when a required object does not exist (parentContentControl outside a control)', async () => {
    setup([{ text: 'A' }]);
    await expect(
      Word.run(async (context) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load('items/text');
        await context.sync();
        paragraphs.items[0].parentContentControl.load('tag');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });
});

describe('document features', () => {
  it('inserts OOXML through the .docx reader, with headings, tables and guidance controls', async () => {
    setup();
    const ooxml =
      '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"><pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData>' +
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
      '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Phần</w:t></w:r><w:r><w:br/><w:t>TIÊU ĐỀ</w:t></w:r></w:p>' +
      '<w:sdt><w:sdtPr><w:tag w:val="mttq-guidance"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Hướng dẫn</w:t></w:r></w:p></w:sdtContent></w:sdt>' +
      '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Ô</w:t></w:r></w:p></w:tc></w:tr></w:tbl>' +
      // Word wants a paragraph after a table; it merges with the document's empty paragraph.
      '<w:p></w:p>' +
      '</w:body></w:document></pkg:xmlData></pkg:part></pkg:package>';
    await Word.run(async (context) => {
      context.document.body.insertOoxml(ooxml, 'Start');
      await context.sync();
    });
    const [heading, guidance, cell] = fake.doc.paragraphs;
    expect(heading).toMatchObject({ text: 'Phần\vTIÊU ĐỀ', styleBuiltIn: 'Heading1', outlineLevel: 1 });
    expect(guidance.control?.tag).toBe('mttq-guidance');
    expect(cell.tableNestingLevel).toBe(1);
    // The empty paragraph of the new document is still there, after the insertion.
    expect(fake.doc.texts()).toEqual(['Phần\vTIÊU ĐỀ', 'Hướng dẫn', 'Ô', '']);
    expect(fake.stats.undoSteps).toBe(1);
  });

  it('writes, lists and deletes comments; custom properties round-trip', async () => {
    setup([{ text: 'A' }, { text: 'B' }]);
    fake.userComments(1, 'Ý kiến của tôi');
    await Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text');
      await context.sync();
      paragraphs.items[0].getRange('Whole').insertComment('Của công cụ');
      context.document.properties.customProperties.add('k', 'v');
      await context.sync();
      const comments = context.document.body.getComments();
      comments.load('items/content');
      const props = context.document.properties.customProperties;
      props.load('items/key,items/value');
      await context.sync();
      expect(comments.items.map((c) => c.content)).toEqual(['Của công cụ', 'Ý kiến của tôi']);
      expect(props.items.map((p) => [p.key, p.value])).toEqual([['k', 'v']]);
      comments.items[0].delete();
      props.items[0].delete();
      await context.sync();
    });
    expect(fake.doc.comments.map((c) => c.content)).toEqual(['Ý kiến của tôi']);
    expect(fake.doc.customProperties).toEqual([]);
  });

  it('selects, and reports the selection', async () => {
    setup([{ text: 'A' }, { text: 'B' }, { text: 'C' }]);
    await Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text');
      await context.sync();
      paragraphs.items[2].select();
      expect(fake.stats.selected).toBeUndefined();
      await context.sync();
    });
    expect(fake.stats.selected).toBe(2);
    expect(fake.doc.selection).toEqual({ start: 2, end: 2 });
  });

  it('registers paragraph event handlers at sync and fires them on demand (WordApi 1.6)', async () => {
    setup([{ text: 'A' }]);
    const seen: string[] = [];
    const { registration, document } = await Word.run(async (context) => {
      const r = context.document.onParagraphChanged.add(async (args) => {
        seen.push(args.type);
      });
      expect(fake.handlerCount('ParagraphChanged')).toBe(0);
      await context.sync();
      return { registration: r, document: context.document };
    });
    await fake.emitChange();
    expect(seen).toEqual(['ParagraphChanged']);
    await Word.run(document, async (context) => {
      registration.remove();
      await context.sync();
    });
    await fake.emitChange();
    expect(seen).toHaveLength(1);
    setup([{ text: 'A' }], { apiVersion: '1.5' });
    await expect(
      Word.run(async (context) => {
        context.document.onParagraphChanged.add(async () => undefined);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('replaces a temporary placeholder when the user types in it', () => {
    setup([{ text: 'H', headingLevel: 2 }, { text: 'g1', contentControl: { tag: 'mttq-guidance' } }, { text: 'g2', contentControl: { tag: 'mttq-guidance' } }]);
    expect(fake.doc.paragraphs[1].control).toBe(fake.doc.paragraphs[2].control);
    fake.userTypes(2, 'Kết quả');
    expect(fake.doc.texts()).toEqual(['H', 'Kết quả']);
    expect(fake.doc.paragraphs[1].control).toBeUndefined();
  });
});

describe('selection', () => {
  const DOC = [{ text: 'Một' }, { text: 'Hai ba' }, { text: 'Bốn' }, { text: 'Năm' }];

  it('selects a whole paragraph, or puts the cursor at its start or after its mark (the next paragraph)', async () => {
    setup(DOC);
    const select = (mode: 'Select' | 'Start' | 'End') =>
      Word.run(async (context) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load('items/text');
        await context.sync();
        paragraphs.items[1].select(mode);
        await context.sync();
      });
    await select('Select');
    expect(fake.doc.selection).toEqual({ start: 1, end: 1 });
    expect(fake.selectedText()).toBe('Hai ba\r');
    await select('Start');
    expect(fake.doc.selection).toEqual({ start: 1, end: 1, startOffset: 0, endOffset: 0 });
    // A paragraph's range holds its mark: collapsing it to its end lands in the next paragraph.
    await select('End');
    expect(fake.doc.selection).toEqual({ start: 2, end: 2, startOffset: 0, endOffset: 0 });
    expect(fake.selectedText()).toBe('');
  });

  it("puts the cursor before the mark with getRange('End'), and spans paragraphs with expandTo (WordApi 1.3)", async () => {
    setup(DOC);
    await Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text');
      await context.sync();
      paragraphs.items[1].getRange('End').select();
      await context.sync();
      expect(fake.doc.selection).toEqual({ start: 1, end: 1, startOffset: 6, endOffset: 6 });
      const span = paragraphs.items[1].getRange('Whole').expandTo(paragraphs.items[2].getRange('Whole'));
      const inside = span.paragraphs;
      inside.load('items/text');
      span.load('text');
      // The first range is unchanged.
      const one = paragraphs.items[1].getRange('Whole');
      one.load('text');
      span.select();
      await context.sync();
      expect(inside.items.map((p) => p.text)).toEqual(['Hai ba', 'Bốn']);
      expect(span.text).toBe('Hai ba\rBốn\r');
      expect(one.text).toBe('Hai ba');
    });
    expect(fake.doc.selection).toEqual({ start: 1, end: 2 });
    expect(fake.selectedText()).toBe('Hai ba\rBốn\r');
  });

  it('reads the selection down to the character, with its first paragraph and neighbours', async () => {
    setup(DOC);
    fake.userPutsCursor(2, 1);
    await Word.run(async (context) => {
      const selection = context.document.getSelection();
      const first = selection.paragraphs.getFirst();
      const prev = first.getPreviousOrNullObject();
      const next = first.getNextOrNullObject();
      const before = context.document.body.getRange('Start').expandTo(selection.getRange('Start'));
      selection.load('text');
      before.load('text');
      first.load('text');
      prev.load('text');
      next.load('text');
      await context.sync();
      expect(selection.text).toBe('');
      expect(before.text).toBe('Một\rHai ba\rB');
      expect([prev.text, first.text, next.text]).toEqual(['Hai ba', 'Bốn', 'Năm']);
      const edge = first.getNextOrNullObject().getNextOrNullObject();
      edge.load('text');
      await context.sync();
      expect(edge.isNullObject).toBe(true);
    });
  });

  it('fails ranges and neighbours under WordApi 1.1/1.2, as Word does', async () => {
    setup(DOC, { apiVersion: '1.2' });
    await expect(
      Word.run(async (context) => {
        const selection = context.document.getSelection();
        selection.expandTo(selection).select();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
    await expect(
      Word.run(async (context) => {
        const p = context.document.getSelection().paragraphs.getFirst().getNextOrNullObject();
        p.load('text');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('keeps text boxes out of the body: their own story, no union with a body range', async () => {
    setup([{ text: 'Trước' }, { text: 'Neo', textBox: ['Trong hộp', 'Dòng hai'] }, { text: 'Sau' }]);
    fake.userSelectsTextBox(1, 1);
    await Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text');
      const selection = context.document.getSelection();
      const first = selection.paragraphs.getFirst();
      first.load('text');
      const story = selection.parentBody;
      story.load('type');
      const union = context.document.body.getRange('Start').expandToOrNullObject(selection);
      union.load('text');
      await context.sync();
      expect(paragraphs.items.map((p) => p.text)).toEqual(['Trước', 'Neo', 'Sau']);
      expect(first.text).toBe('Dòng hai');
      expect(story.type).not.toBe('MainDoc');
      expect(union.isNullObject).toBe(true);
    });
  });
});

describe('DocumentSelectionChanged', () => {
  const DOC = [{ text: 'Một' }, { text: 'Hai' }, { text: 'Ba' }];
  const add = (handler: (args?: unknown) => void): Promise<Office.AsyncResult<void>> =>
    new Promise((resolve) => Office.context.document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, handler, resolve));

  it('adds handlers asynchronously and fires once, later, for moves in quick succession', async () => {
    setup(DOC);
    const seen: string[] = [];
    const handler = (args?: unknown): void => {
      seen.push(String((args as Office.DocumentSelectionChangedEventArgs).type));
    };
    const pending = add(handler);
    expect(fake.selectionEvents().handlers).toBe(0);
    expect((await pending).status).toBe(Office.AsyncResultStatus.Succeeded);
    fake.userSelects(0);
    fake.userSelects(2);
    expect(seen).toEqual([]);
    await fake.flushSelectionEvents();
    expect(seen).toEqual(['documentSelectionChanged']);
    // The same place again is no move; a co-author's action fires it anyway (#4114).
    fake.userSelects(2);
    await fake.flushSelectionEvents();
    expect(seen).toHaveLength(1);
    fake.coauthorActs();
    await fake.flushSelectionEvents();
    expect(seen).toHaveLength(2);
    await new Promise((resolve) => Office.context.document.removeHandlerAsync(Office.EventType.DocumentSelectionChanged, { handler }, resolve));
    fake.userSelects(0);
    await fake.flushSelectionEvents();
    expect(seen).toHaveLength(2);
    expect(fake.selectionEvents().handlers).toBe(0);
  });

  it("fires for the add-in's own Range.select()", async () => {
    setup(DOC);
    let calls = 0;
    await add(() => calls++);
    await Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().select();
      await context.sync();
    });
    await fake.flushSelectionEvents();
    expect(calls).toBe(1);
  });

  it('is refused without the DocumentEvents requirement set, and can stay silent', async () => {
    setup(DOC, { documentEvents: false });
    expect(Office.context.requirements.isSetSupported('DocumentEvents', '1.1')).toBe(false);
    expect((await add(() => undefined)).status).toBe(Office.AsyncResultStatus.Failed);
    setup(DOC, { selectionEventsFire: false });
    expect(Office.context.requirements.isSetSupported('DocumentEvents', '1.1')).toBe(true);
    let calls = 0;
    await add(() => calls++);
    fake.userSelects(1);
    await fake.flushSelectionEvents();
    expect(calls).toBe(0);
  });
});
