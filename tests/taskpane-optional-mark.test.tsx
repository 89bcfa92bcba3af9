/** @jest-environment jsdom */
// A figure or a checklist item that already says "(nếu có)" gets no second optional mark in the
// pane; one that does not gets exactly one.
import './helpers/dom-setup';
import '@testing-library/jest-dom';
import * as React from 'react';
import { render } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { defaultTemplate } from '../src/template';
import type { TemplateSection } from '../src/template/types';
import { GuidanceBody } from '../src/taskpane/Guidance';
import { getStrings } from '../src/taskpane/strings';

function withFigures(labels: string[]): TemplateSection {
  const base = defaultTemplate.sections.find((s) => s.figures.length > 0) as TemplateSection;
  return {
    ...base,
    figures: labels.map((label, i) => ({ ...base.figures[0], id: `f${i}`, label, optional: true })),
  };
}

test.each(['vi', 'en'] as const)('the guidance lists each optional figure with one mark (%s)', (lang) => {
  const t = getStrings(lang);
  const section = withFigures(['Số tiền cứu trợ (nếu có)', 'Số hộ được hỗ trợ nếu có', 'Relief raised (if any)', 'Số lượt người tham gia']);
  const { container } = render(
    <FluentProvider theme={webLightTheme}>
      <GuidanceBody section={section} t={t} />
    </FluentProvider>,
  );
  const items = [...container.querySelectorAll('li')].map((li) => li.textContent ?? '');
  const marks = (s: string) => (s.match(/nếu có|if any/giu) ?? []).length;
  expect(items.map(marks)).toEqual([1, 1, 1, 1]);
  expect(items[3]).toContain(t.optionalMark);
});
