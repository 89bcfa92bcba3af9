// The outline file: one official outline as data (see outline.schema.json), and its conversion
// to and from the engine's ReportTemplate.
import type { FigureRequirement, LevelVocabulary, ReportTemplate, TemplateSection } from '../template/types';

export const OUTLINE_FORMAT = 'mttq-outline/1';

/** A required figure in the file: the engine's own shape (its fields are the schema's). */
export type OutlineFileFigure = FigureRequirement;

/** A section in the file: the engine's section, with "(nếu có)" also allowed as a flag. */
export interface OutlineFileSection extends TemplateSection {
  optional?: boolean;
}

export interface OutlineFile {
  $schema?: string;
  format: typeof OUTLINE_FORMAT;
  id: string;
  version: string;
  years: { report: number; plan: number };
  title: string[];
  sections: OutlineFileSection[];
  closing: {
    notes: string[];
    recipients: { heading: string; placeholder: string[] };
    /** The signer's title lines accepted beside the usual ones ("CHỦ TỊCH", …). */
    signature: { heading: string; note: string; titles?: string[] };
  };
  genericPhrases: string[];
  levels?: LevelVocabulary[];
}

function figureOut(f: FigureRequirement): OutlineFileFigure {
  return {
    id: f.id,
    label: f.label,
    ...(f.source !== undefined ? { source: f.source } : {}),
    match: f.match,
    ...(f.units?.length ? { units: f.units } : {}),
    ...(f.not?.length ? { not: f.not } : {}),
    ...(f.rate ? { rate: true } : {}),
    ...(f.amount ? { amount: true } : {}),
    ...(f.optional ? { optional: true } : {}),
  };
}

/** What a section's heading is, the same in a template and in its outline file. */
type HeadKey = 'id' | 'level' | 'numbering' | 'title' | 'headingGuidance' | 'guidance';

/** A section's heading fields, copied in this order (headingGuidance only when it is set). */
function sectionHead<S extends Record<Exclude<HeadKey, 'headingGuidance'>, unknown> & { headingGuidance?: unknown }>(s: S): Pick<S, HeadKey> {
  return {
    id: s.id,
    level: s.level,
    numbering: s.numbering,
    title: s.title,
    ...(s.headingGuidance !== undefined ? { headingGuidance: s.headingGuidance } : {}),
    guidance: s.guidance,
  } as Pick<S, HeadKey>;
}

/** The outline file of a template. */
export function toOutlineFile(t: ReportTemplate): OutlineFile {
  return {
    format: OUTLINE_FORMAT,
    id: t.id,
    version: t.version ?? '1',
    years: { report: t.year, plan: t.planYear },
    title: t.title,
    sections: t.sections.map((s) => ({
      ...sectionHead(s),
      ...(s.lead?.length ? { lead: s.lead } : {}),
      kind: s.kind,
      figures: s.figures.map(figureOut),
      ...(s.aliases?.length ? { aliases: s.aliases } : {}),
    })),
    closing: { notes: t.closingGuidance, recipients: t.recipients, signature: t.signature },
    genericPhrases: t.genericPhrases,
    ...(t.levels?.length ? { levels: t.levels } : {}),
  };
}

/** The template of a valid outline file. */
export function fromOutlineFile(f: OutlineFile): ReportTemplate {
  return {
    id: f.id,
    version: f.version,
    year: f.years.report,
    planYear: f.years.plan,
    title: f.title,
    sections: f.sections.map((s) => ({
      ...sectionHead(s),
      ...(s.lead ? { lead: s.lead } : {}),
      kind: s.optional && s.kind !== 'container' ? 'optional' : s.kind,
      figures: s.figures.map((x) => ({ ...x })),
      ...(s.aliases ? { aliases: s.aliases } : {}),
    })),
    closingGuidance: f.closing.notes,
    recipients: f.closing.recipients,
    signature: f.closing.signature,
    genericPhrases: f.genericPhrases,
    ...(f.levels ? { levels: f.levels } : {}),
  };
}
