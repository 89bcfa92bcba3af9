// Everything the product writes into a Word document is valid WordprocessingML (ECMA-376
// transitional schemas, after markup-compatibility processing): the template .docx, the packages
// the add-in gives to insertOoxml, and the annotated copies of a report.
import { annotateDocx } from '../src/docx/annotate';
import { buildFlatOpc, buildHeadingsFlatOpc, buildTemplateDocx } from '../src/docx/ooxml';
import { defaultTemplate } from '../src/template';
import { buildDocx } from './helpers/docx-builder';
import { applyMarkupCompatibility, countWordParts, docxParts, flatOpcParts, invalidParts, validateWordPart } from './helpers/ooxml-validate';

const options = { unit: 'Ủy ban MTTQ Việt Nam tỉnh Bắc Ninh', place: 'Bắc Ninh', date: new Date('2023-12-01T00:00:00Z') };

function describeFailures(failures: Array<{ name: string; errors: string[] }>): string {
  return failures.map((f) => `${f.name}:\n  ${f.errors.slice(0, 5).join('\n  ')}`).join('\n');
}

jest.setTimeout(60_000);

describe('the validator itself', () => {
  it('rejects an element out of order in w:pPr (Word refuses such a package)', async () => {
    const xml =
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
      '<w:p><w:pPr><w:jc w:val="center"/><w:pStyle w:val="Heading1"/></w:pPr></w:p></w:body></w:document>';
    const r = await validateWordPart('document.xml', xml);
    expect(r.valid).toBe(false);
    expect(r.errors.join('\n')).toMatch(/pStyle/);
  });

  it('drops what mc:Ignorable lists and keeps mc:Fallback, as Word does', async () => {
    const xml =
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"><w:body>' +
      '<w:p w14:paraId="1A2B3C4D"><w:r><mc:AlternateContent><mc:Choice Requires="w14"><w14:unknown/></mc:Choice>' +
      '<mc:Fallback><w:t>x</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p></w:body></w:document>';
    const processed = applyMarkupCompatibility(xml);
    expect(processed).not.toMatch(/w14:|mc:/);
    expect(processed).toContain('<w:t>x</w:t>');
    expect((await validateWordPart('document.xml', xml)).valid).toBe(true);
  });
});

describe('what the product writes', () => {
  it('the template .docx', async () => {
    const parts = docxParts(buildTemplateDocx(options));
    expect(countWordParts(parts)).toBeGreaterThanOrEqual(2);
    const failures = await invalidParts(parts);
    expect(describeFailures(failures)).toBe('');
  });

  it('the whole outline given to insertOoxml', async () => {
    const parts = flatOpcParts(buildFlatOpc(options));
    expect(countWordParts(parts)).toBe(2);
    expect(describeFailures(await invalidParts(parts))).toBe('');
  });

  it('the missing headings given to insertOoxml (one, several, every level)', async () => {
    const sections = defaultTemplate.sections;
    for (const group of [[sections[0]], sections.slice(1, 4), sections.filter((s) => s.level === 4).slice(0, 2), sections.slice(-2)]) {
      const parts = flatOpcParts(buildHeadingsFlatOpc(group, defaultTemplate));
      expect(countWordParts(parts)).toBe(2);
      expect(describeFailures(await invalidParts(parts))).toBe('');
    }
  });

  it('an annotated copy of a report', async () => {
    const docx = buildDocx({
      body:
        '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>I. KẾT QUẢ</w:t></w:r></w:p>' +
        '<w:p><w:r><w:t xml:space="preserve">Năm 2023 đã tổ chức 12 hội nghị.</w:t></w:r></w:p>',
    });
    const annotated = annotateDocx(docx, [{ paragraph: 1, text: 'Thiếu số liệu so sánh.' }]);
    const parts = docxParts(annotated);
    expect(parts.some((p) => p.name === 'word/comments.xml')).toBe(true);
    expect(countWordParts(parts)).toBeGreaterThanOrEqual(2);
    expect(describeFailures(await invalidParts(parts))).toBe('');
  });

  it('an annotated copy of the template, with a comment in a table and one on a heading', async () => {
    const annotated = annotateDocx(buildTemplateDocx(options), [
      { paragraph: 0, text: 'Kiểm tra tên đơn vị.' },
      { paragraph: 12, text: 'Mục này còn trống.' },
    ]);
    const parts = docxParts(annotated);
    expect(parts.some((p) => p.name === 'word/comments.xml')).toBe(true);
    expect(describeFailures(await invalidParts(parts))).toBe('');
  });
});
