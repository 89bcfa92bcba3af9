// The shape of a rule (as textlint's kernel has it): a rule gets a context and reports findings.
// Severity, messages, ignores and sorting are applied after the rules, by the report.
import type { ReportTemplate, TemplateSection } from '../template/types';
import type { MessageId } from './messages';
import type { RecoveredOutline } from './outline';
import type { FindingCode, SnapshotParagraph } from './types';

/** What a rule reports: the report turns it into a Finding (severity, message in the user's language). */
export interface RuleReport {
  code: FindingCode;
  section?: TemplateSection;
  /** Paragraph to select for the finding. */
  paragraph?: number;
  /** Values for the message; kept on the finding. */
  data?: Record<string, string | number>;
  /** A more precise message than the code's own. */
  messageId?: MessageId;
}

export interface RuleContext {
  /** The document's paragraphs (NFC). */
  paragraphs: SnapshotParagraph[];
  outline: RecoveredOutline;
  template: ReportTemplate;
  report(finding: RuleReport): void;
}

export type Rule = (context: RuleContext) => void;
