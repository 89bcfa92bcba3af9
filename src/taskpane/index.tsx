// Entry of the task pane bundle.
import { bootstrap } from './bootstrap';

const container = document.getElementById('root');
if (container) {
  bootstrap(container).catch((error: unknown) => {
    // Last resort: the React tree could not start; say so in plain text.
    container.textContent = `Không khởi động được phần bổ trợ Báo cáo Mặt trận. ${error instanceof Error ? error.message : ''}`;
  });
}
