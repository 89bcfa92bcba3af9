// The task pane in webviews that cannot run the bundle (Internet Explorer 11 / Trident, Edge
// Legacy / EdgeHTML): an ES5 script in taskpane.html says what to do before the bundle loads.
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'acorn';
import { JSDOM } from 'jsdom';

const HTML = fs.readFileSync(path.join(__dirname, '..', 'src', 'taskpane', 'taskpane.html'), 'utf8');
const PAGE_URL = 'https://reports.example.org/addin/taskpane.html?_host_Info=Word$Win32$16.01$vi-VN';

const TRIDENT = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko';
const EDGEHTML =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045';
const WEBVIEW2 =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0';
const MAC = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)';

function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
}

function open(userAgent: string): Document {
  // Scripts run; external ones (office.js) are not fetched.
  const dom = new JSDOM(HTML, {
    url: PAGE_URL,
    runScripts: 'dangerously',
    beforeParse(window) {
      Object.defineProperty(window.navigator, 'userAgent', { get: () => userAgent });
    },
  });
  return dom.window.document;
}

describe('taskpane.html on old webviews', () => {
  it('keeps its detection script in ES5 (IE11 cannot parse anything newer)', () => {
    const scripts = inlineScripts(HTML);
    expect(scripts.length).toBeGreaterThan(0);
    for (const code of scripts) expect(() => parse(code, { ecmaVersion: 5 })).not.toThrow();
  });

  it.each([
    ['Trident (IE11, volume-licensed Office 2016/2019)', TRIDENT, 'trident'],
    ['EdgeHTML (retail Office 2016/2019 without WebView2)', EDGEHTML, 'edgehtml'],
  ])('%s: says in Vietnamese what to do, with the web checker address beside the pane', (_name, ua, kind) => {
    const doc = open(ua);
    expect(doc.documentElement.getAttribute('data-legacy-webview')).toBe(kind);
    const root = doc.getElementById('root') as HTMLElement;
    expect(root.textContent).not.toContain('Đang tải');
    expect(root.textContent).toContain('trang kiểm tra trên trình duyệt');
    expect(root.textContent).toContain('Word mới hơn');
    const link = root.querySelector('a') as HTMLAnchorElement;
    expect(link.href).toBe('https://reports.example.org/addin/checker.html');
    expect(link.textContent).toBe('https://reports.example.org/addin/checker.html');
    expect(root.querySelector('[role="alert"]')).not.toBeNull();
  });

  it.each([
    ['WebView2 (Microsoft 365, Office 2021+)', WEBVIEW2],
    ['Word for Mac (WKWebView)', MAC],
  ])('%s: the normal pane loads', (_name, ua) => {
    const doc = open(ua);
    expect(doc.documentElement.hasAttribute('data-legacy-webview')).toBe(false);
    expect(doc.getElementById('root')?.textContent).toContain('Đang tải Báo cáo Mặt trận');
  });
});
