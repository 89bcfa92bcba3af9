// Entry of the task pane bundle.
import { bootstrap } from './bootstrap';

const container = document.getElementById('root');
// taskpane.html's ES5 script has already shown the old-webview message: leave it.
if (container && !document.documentElement.hasAttribute('data-legacy-webview')) {
  bootstrap(container).catch((error: unknown) => {
    // Last resort: the React tree could not start; say so in plain text.
    container.textContent = `Không khởi động được phần bổ trợ Báo cáo Mặt trận. ${error instanceof Error ? error.message : ''}`;
  });
}
