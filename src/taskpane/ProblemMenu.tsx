// The menu of one problem's "…" button, loaded the first time a user opens one: Fluent's Menu
// (and its positioning) weighs more than the rest of the results view, and most checks never
// need it.
import * as React from 'react';
import { Menu, MenuItem, MenuList, MenuPopover } from '@fluentui/react-components';

export interface ProblemMenuProps {
  /** The "…" button the menu opens from. */
  target: HTMLElement | null;
  onClose: () => void;
  ignoreLabel: string;
  onChooseIgnore: () => void;
}

export default function ProblemMenu({ target, onClose, ignoreLabel, onChooseIgnore }: ProblemMenuProps): React.JSX.Element {
  const popover = React.useRef<HTMLDivElement>(null);
  // Opened from a button of ours (not a MenuTrigger): the first item takes the focus, as a menu's does.
  React.useEffect(() => {
    const timer = setTimeout(() => popover.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus(), 0);
    return () => clearTimeout(timer);
  }, []);
  return (
    <Menu
      open
      positioning={{ target, position: 'below', align: 'end' }}
      onOpenChange={(_, data) => {
        if (!data.open) onClose();
      }}
    >
      <MenuPopover ref={popover}>
        <MenuList>
          <MenuItem onClick={onChooseIgnore}>{ignoreLabel}</MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
