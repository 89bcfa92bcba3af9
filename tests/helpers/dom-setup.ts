// Shared set-up of the task pane's DOM tests; import it first.
// - jest-environment-jsdom does not expose TextEncoder/TextDecoder, which browsers (and the
//   engine) have.
// - Waits (findBy*, waitFor) get more time than the default second: the machine running the
//   suite may be busy. No test measures time.
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'util';
import { configure } from '@testing-library/react';

const g = globalThis as unknown as Record<string, unknown>;
if (typeof g.TextDecoder === 'undefined') g.TextDecoder = NodeTextDecoder;
if (typeof g.TextEncoder === 'undefined') g.TextEncoder = NodeTextEncoder;

configure({ asyncUtilTimeout: 8000 });
