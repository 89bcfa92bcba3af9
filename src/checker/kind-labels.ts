// The kind of a finding in the user's words ("Thiếu mục", "Chưa có số liệu"), for the page's
// exports: the same names the results view groups by.
export { kindLabel } from '../taskpane/problem-groups';
