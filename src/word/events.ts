// Document change notifications (WordApi 1.6): the task pane re-checks by itself. The listener is
// called on every paragraph change; the task pane debounces.

type Registration = OfficeExtension.EventHandlerResult<Word.ParagraphChangedEventArgs | Word.ParagraphAddedEventArgs | Word.ParagraphDeletedEventArgs>;

/**
 * Subscribes to paragraph added / changed / deleted; returns an unsubscribe function. Failures to
 * register are silent: the user can still check again by hand.
 */
export function subscribeToChanges(listener: () => void): () => void {
  let active = true;
  let document: Word.Document | undefined;
  let registrations: Registration[] = [];
  const notify = async (): Promise<void> => {
    if (active) listener();
  };
  const ready = Word.run(async (context) => {
    document = context.document;
    registrations = [
      context.document.onParagraphChanged.add(notify),
      context.document.onParagraphAdded.add(notify),
      context.document.onParagraphDeleted.add(notify),
    ] as Registration[];
    await context.sync();
  }).catch(() => {
    registrations = [];
  });
  return () => {
    active = false;
    void ready
      .then(async () => {
        if (!document || registrations.length === 0) return;
        // Handlers are removed on the context that added them.
        await Word.run(document, async (context) => {
          for (const registration of registrations) registration.remove();
          await context.sync();
        });
        registrations = [];
      })
      .catch(() => undefined);
  };
}
