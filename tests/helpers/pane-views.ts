// Moving between the task pane's two views in DOM tests.
import { screen } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';

type User = ReturnType<typeof userEvent.setup>;

/** Opens the "Kiểm tra" (or English "Check") view. */
export async function openCheckView(user: User, tab = 'Kiểm tra'): Promise<void> {
  await user.click(screen.getByRole('tab', { name: tab }));
}

/** Opens "Kiểm tra" and presses its check button ("Kiểm tra" or "Kiểm tra lại"). */
export async function checkFromPane(user: User): Promise<void> {
  await openCheckView(user);
  await user.click(await screen.findByRole('button', { name: /^Kiểm tra( lại)?$/ }));
}
