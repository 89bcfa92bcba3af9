import type { ReportTemplate } from './types';
import { mttq2023 } from './mttq-2023';

export type { ReportTemplate, TemplateSection, FigureRequirement, SectionKind } from './types';

/** Every template the product knows, newest first. */
export const templates: readonly ReportTemplate[] = [mttq2023];

export const defaultTemplate: ReportTemplate = mttq2023;

export function findTemplate(id: string): ReportTemplate | undefined {
  return templates.find((t) => t.id === id);
}

/** The full heading line as the outline writes it: "2.4. Kết quả ... (nêu rõ ...)." */
export function headingText(section: { numbering: string; title: string; level: number }): string {
  return section.level === 1 ? `${section.numbering}\n${section.title}` : `${section.numbering} ${section.title}`;
}
