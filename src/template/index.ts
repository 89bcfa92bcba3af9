import type { ReportTemplate } from './types';
import { fromOutlineFile, type OutlineFile } from '../outline-file/format';
// The built-in outlines are outline files (src/outlines/), checked against the schema by the tests
// (tests/builtin-outline.test.ts): no validator runs here, so the task pane stays small.
import mttq2023File from '../outlines/mttq-2023.json';

export type { ReportTemplate, TemplateSection, FigureRequirement, SectionKind } from './types';

/** Every template the product knows, newest first. */
export const templates: readonly ReportTemplate[] = [fromOutlineFile(mttq2023File as unknown as OutlineFile)];

export const defaultTemplate: ReportTemplate = templates[0];

export function findTemplate(id: string): ReportTemplate | undefined {
  return templates.find((t) => t.id === id);
}

/** The full heading line as the outline writes it: "2.4. Kết quả ... (nêu rõ ...)." */
export function headingText(section: { numbering: string; title: string; level: number }): string {
  return section.level === 1 ? `${section.numbering}\n${section.title}` : `${section.numbering} ${section.title}`;
}
