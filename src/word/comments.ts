// The add-in's review comments: one Word comment per finding, on the paragraph concerned. Each
// starts with a fixed marker, so the add-in replaces or removes its own comments and never the
// user's.
import { COMMENT_MARKER } from '../analysis/messages';
import type { CommentRequest } from '../taskpane/host';

export { COMMENT_MARKER };

export function isOwnComment(content: string): boolean {
  return content.startsWith(COMMENT_MARKER);
}

/** The comment's text, starting with the marker exactly once. */
function marked(text: string): string {
  const t = text.trim();
  return t.startsWith(COMMENT_MARKER) ? t : `${COMMENT_MARKER} ${t}`;
}

/**
 * Removes the add-in's earlier comments and writes these, in one batch of two syncs (read the
 * comments and paragraphs, then delete and write). Returns how many comments were written;
 * requests for a paragraph that no longer exists are skipped.
 */
export async function writeComments(requests: CommentRequest[]): Promise<number> {
  return Word.run(async (context) => {
    const comments = context.document.body.getComments();
    comments.load('items/content');
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load('items/outlineLevel');
    await context.sync();
    for (const comment of comments.items) {
      if (isOwnComment(comment.content)) comment.delete();
    }
    const items = paragraphs.items;
    let written = 0;
    for (const request of requests) {
      const paragraph = items[request.paragraph];
      if (!paragraph || request.text.trim().length === 0) continue;
      paragraph.getRange('Whole').insertComment(marked(request.text));
      written++;
    }
    await context.sync();
    return written;
  });
}

/** Removes exactly the add-in's comments (the user's stay); returns how many were removed. */
export async function removeComments(): Promise<number> {
  return Word.run(async (context) => {
    const comments = context.document.body.getComments();
    comments.load('items/content');
    await context.sync();
    const own = comments.items.filter((c) => isOwnComment(c.content));
    if (own.length === 0) return 0;
    for (const comment of own) comment.delete();
    await context.sync();
    return own.length;
  });
}
