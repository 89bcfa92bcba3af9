// What the results view needs from the surface that shows it (Word task pane, web page).
import * as React from 'react';
import type { Finding, SectionResult } from '../analysis/types';
import type { TemplateSection } from '../template/types';
import type { Lang, Strings } from './strings';

export interface ReportViewActions {
  /** Selects a paragraph in the document. Absent when the surface cannot select (rows are plain text). */
  onSelectParagraph?: (paragraph: number, label: string) => void | Promise<void>;
  /** Selects paragraphs first..last (inclusive): the guidance paragraphs to delete. */
  onSelectParagraphs?: (first: number, last: number, label: string) => void | Promise<void>;
  /** Puts the cursor at the end of this paragraph: where a section's figures go. */
  onPlaceCursor?: (paragraph: number, label: string) => void | Promise<void>;
  /** Adds the outline's missing headings. Absent when the surface cannot insert. */
  onRepair?: () => void | Promise<void>;
  /** Ignores a finding with a reason. Resolves to false when it could not be stored (the form stays). */
  onIgnore?: (finding: Finding, reason: string) => boolean | void | Promise<boolean | void>;
  /** Undoes an ignore. */
  onUndoIgnore?: (finding: Finding) => boolean | void | Promise<boolean | void>;
  /** Tells assistive technology something (the surface's aria-live region). */
  onAnnounce?: (text: string) => void;
}

/** Why a feature is off, in the UI language; a feature with a reason is shown disabled with it. */
export interface ReportViewReasons {
  select?: string;
  repair?: string;
  ignore?: string;
}

export interface ReportViewContextValue extends ReportViewActions {
  t: Strings;
  lang: Lang;
  reasons: ReportViewReasons;
  /** An action is running: ignore, undo and repair buttons wait. */
  busy: boolean;
  /** Id of the text saying why ignoring is off (describes the disabled buttons). */
  ignoreReasonId?: string;
  /** The report's section results and the outline's sections, by id. */
  sections: Map<string, SectionResult>;
  templateSections: Map<string, TemplateSection>;
}

export const ReportViewContext = React.createContext<ReportViewContextValue | null>(null);

export function useReportViewContext(): ReportViewContextValue {
  const value = React.useContext(ReportViewContext);
  if (!value) throw new Error('ReportView parts must be rendered inside <ReportView>.');
  return value;
}
