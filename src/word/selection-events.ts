// Cursor moves: the DocumentSelectionChanged event of the Office Common API (requirement set
// DocumentEvents: Office.context.document.addHandlerAsync / removeHandlerAsync, both asynchronous).
//
// What Word is known to do with it: the event comes late, and several moves may come as one
// (OfficeDev/office-js-docs#976); some moves never fire it (OfficeDev/office-js#2964); a co-author's
// actions fire it though the cursor did not move (OfficeDev/office-js#4114); the add-in's own
// Range.select() fires it too. So the listener only means "look again": the caller debounces,
// reads where the cursor is and compares with what it had.

/** Subscribes to selection moves; returns an unsubscribe function. Failures to register are silent. */
export function subscribeToSelection(listener: () => void): () => void {
  let active = true;
  let added = false;
  const handler = (): void => {
    if (active) listener();
  };
  let document: Office.Document;
  try {
    document = Office.context.document;
  } catch {
    return () => undefined;
  }
  const type = Office.EventType.DocumentSelectionChanged;
  const remove = (): void => {
    try {
      document.removeHandlerAsync(type, { handler }, () => undefined);
    } catch {
      // The pane is going away; nothing to tell the user.
    }
  };
  try {
    document.addHandlerAsync(type, handler, (result: Office.AsyncResult<void>) => {
      added = result.status === Office.AsyncResultStatus.Succeeded;
      // Unsubscribed before Office had added it: take it out now.
      if (added && !active) remove();
    });
  } catch {
    return () => undefined;
  }
  return () => {
    if (!active) return;
    active = false;
    if (added) remove();
  };
}
