// Writing a file atomically, never through a link and never over a file unless asked: the bytes
// go to a new temporary file in the target's folder (opened with O_EXCL, which never follows a
// symbolic link), which then takes the target's name. Without `force` the name is taken with a
// hard link, which fails if the name exists (even as a dangling link); with `force` a rename
// replaces the name itself: a link at the target is replaced, never the file it points to.
import * as fs from 'node:fs';
import * as path from 'node:path';

let counter = 0;

/** Writes `bytes` to a new temporary file in `dir`; returns its path. */
export function writeTemp(dir: string, bytes: Uint8Array): string {
  const temp = path.join(dir, `.mttq-${process.pid}-${++counter}.tmp`);
  const fd = fs.openSync(temp, 'wx');
  try {
    let offset = 0;
    while (offset < bytes.length) offset += fs.writeSync(fd, bytes, offset, bytes.length - offset);
  } catch (e) {
    fs.closeSync(fd);
    removeQuietly(temp);
    throw e;
  }
  fs.closeSync(fd);
  return temp;
}

export function removeQuietly(file: string): void {
  try {
    fs.unlinkSync(file);
  } catch {
    // Already gone.
  }
}

function exists(file: string): boolean {
  try {
    fs.lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Gives the temporary file the target's name. 'exists' when the target exists and `force` is not
 * set (the temporary file is kept for another name). Other failures throw the system error.
 */
export function commitTemp(temp: string, target: string, force: boolean): 'done' | 'exists' {
  if (force) {
    fs.renameSync(temp, target);
    return 'done';
  }
  try {
    fs.linkSync(temp, target);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return 'exists';
    // A file system without hard links: rename, having checked the name is free.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS' && code !== 'EXDEV') throw e;
    if (exists(target)) return 'exists';
    fs.renameSync(temp, target);
    return 'done';
  }
  removeQuietly(temp);
  return 'done';
}

/** Writes a whole file at `target`; 'exists' when it exists and `force` is not set. */
export function writeFileAtomic(target: string, bytes: Uint8Array, force: boolean): 'done' | 'exists' {
  if (!force && exists(target)) return 'exists';
  const temp = writeTemp(path.dirname(path.resolve(target)), bytes);
  try {
    return commitTemp(temp, target, force);
  } finally {
    if (exists(temp)) removeQuietly(temp);
  }
}
