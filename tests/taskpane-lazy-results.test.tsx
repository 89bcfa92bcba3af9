/** @jest-environment jsdom */
// The results view is loaded on demand (its own script in the build): until it is there, a
// spinner says the results are coming. Nothing else in this file loads it first.
import './helpers/dom-setup';
import '@testing-library/jest-dom';
import * as React from 'react';
import { render, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { analyze } from '../src/analysis/report';
import { LazyReportView } from '../src/taskpane/LazyReportView';
import { sampleParagraphs } from '../src/samples/sample-report';

test('a spinner first, then the results', async () => {
  const report = analyze({ paragraphs: sampleParagraphs({ empty: ['1.III.2'] }) });
  render(
    <FluentProvider theme={webLightTheme}>
      <LazyReportView report={report} lang="vi" loadingLabel="Đang tải kết quả…" summary="none" />
    </FluentProvider>,
  );
  expect(document.querySelector('[data-results-loading]')).toHaveTextContent('Đang tải kết quả…');
  expect(document.querySelector('[data-section-id]')).toBeNull();
  await waitFor(() => expect(document.querySelector('[data-section-id="1.III.2"]')).toHaveAttribute('data-status', 'empty'));
  expect(document.querySelector('[data-results-loading]')).toBeNull();
});
