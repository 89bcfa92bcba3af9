// The add-in's review comments: one Word comment per finding, on the paragraph concerned. Each
// starts with a fixed marker, so the add-in replaces or removes its own comments and never the
// user's.
//
// Real Word, not the documentation's ideal:
// - Comment.delete() also deletes the replies
//   (https://learn.microsoft.com/en-us/javascript/api/word/word.comment#word-word-comment-delete-member):
//   an own comment someone answered is resolved (Comment.resolved, WordApi 1.4) instead, so the
//   answer stays, and the pane says so.
// - Comment calls fail on some Word for Mac and on the web: Comment.delete() throws
//   GeneralException (OfficeDev/office-js#6551), Range.insertComment() NotAllowed
//   (OfficeDev/office-js#6746), and a failed batch keeps what ran before the failing call. So the
//   new comments are written first, in their own sync; when that fails, the ones that got in are
//   taken out again and the old ones were never touched. The old ones are then removed in a sync
//   of their own, and one by one when that fails, so a bad comment leaves a count, not a mess.
import { COMMENT_MARKER } from '../analysis/comment-marker';
import type { Lang } from '../analysis/messages';
import type { CommentRequest, CommentsOutcome } from '../taskpane/host';
import { WordHostError } from './messages';

export { COMMENT_MARKER };

export function isOwnComment(content: string): boolean {
  return content.startsWith(COMMENT_MARKER);
}

/** The comment's text, starting with the marker exactly once. */
function marked(text: string): string {
  const t = text.trim();
  return t.startsWith(COMMENT_MARKER) ? t : `${COMMENT_MARKER} ${t}`;
}

const COMMENT_PROPERTIES = 'items/id,items/content,items/resolved,items/replies/items/id';

function hasReplies(comment: Word.Comment): boolean {
  return comment.replies.items.length > 0;
}

/**
 * Takes the add-in's old comments out: deleted, or resolved when someone replied. One sync, then
 * one per comment when that sync fails. Returns how many were removed, kept (resolved) and could
 * not be touched.
 */
async function retire(context: Word.RequestContext, own: Word.Comment[]): Promise<{ removed: number; kept: number; failed: number }> {
  const apply = (c: Word.Comment): void => {
    if (!hasReplies(c)) c.delete();
    else if (!c.resolved) c.resolved = true;
  };
  if (own.length === 0) return { removed: 0, kept: 0, failed: 0 };
  try {
    own.forEach(apply);
    await context.sync();
    const kept = own.filter(hasReplies).length;
    return { removed: own.length - kept, kept, failed: 0 };
  } catch {
    // Some went, some did not (the batch stopped at the failing call): retry each alone.
  }
  const ids = new Set(own.map((c) => c.id));
  for (const c of await reload(context, ids)) {
    try {
      apply(c);
      // One sync per comment on purpose: only after a batch failed, so one bad comment stops only itself.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch {
      // Counted below.
    }
  }
  const left = await reload(context, ids);
  const kept = left.filter((c) => hasReplies(c) && c.resolved).length;
  return { removed: own.length - left.length, kept, failed: left.length - kept };
}

/** The comments with these ids still in the document, freshly loaded. */
async function reload(context: Word.RequestContext, ids: Set<string>): Promise<Word.Comment[]> {
  const comments = context.document.body.getComments();
  comments.load(COMMENT_PROPERTIES);
  await context.sync();
  return comments.items.filter((c) => ids.has(c.id));
}

/**
 * Writes these comments, then takes out the add-in's earlier ones (see above). Returns how many
 * were written, how many old ones were kept because someone replied, and how many old ones Word
 * refused to remove. Requests for a paragraph that no longer exists are skipped. When Word
 * refuses the new comments, the document is left as it was and the error says so.
 */
export async function writeComments(requests: CommentRequest[], lang: Lang = 'vi'): Promise<CommentsOutcome> {
  return Word.run(async (context) => {
    const comments = context.document.body.getComments();
    comments.load(COMMENT_PROPERTIES);
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load('items/outlineLevel');
    await context.sync();
    const own = comments.items.filter((c) => isOwnComment(c.content));
    const before = new Set(comments.items.map((c) => c.id));
    const items = paragraphs.items;
    let count = 0;
    for (const request of requests) {
      const paragraph = items[request.paragraph];
      if (!paragraph || request.text.trim().length === 0) continue;
      paragraph.getRange('Whole').insertComment(marked(request.text));
      count++;
    }
    try {
      if (count > 0) await context.sync();
    } catch (error) {
      await takeOutNew(context, before);
      throw new WordHostError('commentsNotWritten', lang, error);
    }
    const { kept, failed } = await retire(context, own);
    return { count, kept, failed };
  });
}

/** Removes the comments written by a failed batch (best effort: the error is what matters). */
async function takeOutNew(context: Word.RequestContext, before: Set<string>): Promise<void> {
  try {
    const now = context.document.body.getComments();
    now.load('items/id,items/content');
    await context.sync();
    for (const c of now.items) if (!before.has(c.id) && isOwnComment(c.content)) c.delete();
    await context.sync();
  } catch {
    // Nothing more can be done here; the message tells the user to try again.
  }
}

/**
 * Removes exactly the add-in's comments (the user's stay); one somebody answered is resolved
 * instead, so the answer stays. Returns how many were removed, kept and refused.
 */
export async function removeComments(): Promise<CommentsOutcome> {
  return Word.run(async (context) => {
    const comments = context.document.body.getComments();
    comments.load(COMMENT_PROPERTIES);
    await context.sync();
    const own = comments.items.filter((c) => isOwnComment(c.content));
    const { removed, kept, failed } = await retire(context, own);
    return { count: removed, kept, failed };
  });
}
