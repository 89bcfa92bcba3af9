// Every file under a folder with its content, to show what a run wrote and that nothing else changed.
import * as fs from 'node:fs';
import * as path from 'node:path';

export type Tree = Map<string, string>;

/** Relative path -> "link:<target>" for symbolic links, else the file's bytes as base64. */
export function snapshotTree(root: string): Tree {
  const tree: Tree = new Map();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const rel = path.relative(root, full);
      if (entry.isSymbolicLink()) tree.set(rel, `link:${fs.readlinkSync(full)}`);
      else if (entry.isDirectory()) {
        tree.set(rel, 'dir');
        walk(full);
      } else if (entry.isFile()) tree.set(rel, fs.readFileSync(full).toString('base64'));
      else tree.set(rel, 'special');
    }
  };
  walk(root);
  return tree;
}

/** The paths added, and the paths whose content changed or vanished, from `before` to `after`. */
export function treeChanges(before: Tree, after: Tree): { added: string[]; changed: string[] } {
  const added = [...after.keys()].filter((k) => !before.has(k)).sort();
  const changed = [...before.keys()].filter((k) => after.get(k) !== before.get(k)).sort();
  return { added, changed };
}
