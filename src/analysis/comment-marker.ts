// The mark the product's review comments start with, so that they are told from the user's own
// (a file of its own: Word's comment code needs it without the messages).
/** Marker that starts every review comment the product writes, so it can remove exactly those. */
export const COMMENT_MARKER = '[Kiểm tra báo cáo MTTQ]';
