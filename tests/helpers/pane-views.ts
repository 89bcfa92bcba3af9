// Moving between the task pane's two views in DOM tests. The pane reads the document when it
// opens and then picks its view: wait for that before choosing one.
import { screen, waitFor } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';

type User = ReturnType<typeof userEvent.setup>;

/** The pane has read the document it opened on and picked its view. */
export async function paneSettled(): Promise<void> {
  await waitFor(() => {
    if (!document.querySelector('[data-opening="done"]')) throw new Error('the pane is still opening');
  });
}

/** Opens the "Kiểm tra" (or English "Check") view. */
export async function openCheckView(user: User, tab = 'Kiểm tra'): Promise<void> {
  await paneSettled();
  await user.click(screen.getByRole('tab', { name: tab }));
}

/** Opens the "Soạn" (or English "Write") view. */
export async function openWriteView(user: User, tab = 'Soạn'): Promise<void> {
  await paneSettled();
  await user.click(screen.getByRole('tab', { name: tab }));
}

/** Opens "Kiểm tra" and presses its check button ("Kiểm tra" or "Kiểm tra lại"). */
export async function checkFromPane(user: User): Promise<void> {
  await openCheckView(user);
  await user.click(await screen.findByRole('button', { name: /^Kiểm tra( lại)?$/ }));
}
