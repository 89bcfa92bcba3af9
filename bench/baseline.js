// The baseline task pane of the pane benchmark: the production build of an older commit of this
// repository (by default 34192a4, the task pane before its redesign), built once and cached by
// commit under the system's temporary folder, so that the current pane is measured beside it.
//   PANE_BASELINE_REF=<commit, tag or branch>   another baseline
//   PANE_BASELINE_REF=none                      no baseline
// When git, the repository or the commit is not there (an archive, a shallow clone), `baselineDist`
// says why in one sentence and the benchmark measures the current build alone.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.join(__dirname, '..');
/** The task pane before the redesign of issue 11. */
const DEFAULT_REF = '34192a4';
const CACHE = path.join(os.tmpdir(), 'mttq-report-pane-baseline');

function git(args, options = {}) {
  return spawnSync('git', args, { cwd: ROOT, maxBuffer: 512 * 1024 * 1024, ...options });
}

/** The full commit id of `ref`, or { reason } when it cannot be had. */
function resolveCommit(ref) {
  const r = git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  if (r.error && r.error.code === 'ENOENT') return { reason: 'git is not installed' };
  if (r.error) return { reason: `git did not run (${r.error.message})` };
  if (r.status === 0) return { commit: r.stdout.toString('utf8').trim() };
  const inside = git(['rev-parse', '--is-inside-work-tree']);
  if (inside.status !== 0) return { reason: 'the project is not a git repository (an archive?)' };
  const shallow = git(['rev-parse', '--is-shallow-repository']).stdout.toString('utf8').trim() === 'true';
  return { reason: `commit ${ref} is not in this repository${shallow ? ' (a shallow clone: git fetch --unshallow)' : ''}` };
}

/** Runs webpack (the project's own, from its node_modules) in `dir`, writing into `out`. */
function webpack(dir, out) {
  let cli;
  try {
    cli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  } catch {
    return 'webpack-cli is not installed (npm install)';
  }
  const r = spawnSync(process.execPath, [cli, '--mode', 'production', '--output-path', out], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (r.status === 0 && fs.existsSync(path.join(out, 'taskpane.html'))) return null;
  const err = r.stderr ? r.stderr.toString('utf8').trim().split('\n').slice(0, 3).join(' / ') : '';
  return `its build failed${err ? `: ${err}` : ''}`;
}

/**
 * The baseline's dist/ folder (built now when not cached), or { reason } in one sentence.
 * `log` tells the user what takes time (a first build is about a minute).
 */
function baselineDist(log = console.log) {
  const ref = (process.env.PANE_BASELINE_REF || DEFAULT_REF).trim();
  if (ref === 'none' || ref === '') return { reason: 'PANE_BASELINE_REF=none' };
  const found = resolveCommit(ref);
  if (!found.commit) return { ref, reason: found.reason };
  const { commit } = found;
  const dist = path.join(CACHE, commit, 'dist');
  if (fs.existsSync(path.join(CACHE, commit, 'complete'))) return { ref, commit, dist, cached: true };

  log(`baseline ${ref} (${commit.slice(0, 7)}): building it once into ${path.join(CACHE, commit)} ...`);
  fs.mkdirSync(CACHE, { recursive: true });
  const work = fs.mkdtempSync(path.join(CACHE, `${commit.slice(0, 12)}-`));
  try {
    const src = path.join(work, 'src');
    fs.mkdirSync(src);
    // The commit's files, without touching the repository's work trees or its list of them.
    const tar = git(['archive', '--format=tar', commit]);
    if (tar.status !== 0) return { ref, commit, reason: `git archive failed: ${tar.stderr.toString('utf8').trim()}` };
    const x = spawnSync('tar', ['-x', '-C', src], { input: tar.stdout, maxBuffer: 64 * 1024 * 1024 });
    if (x.error || x.status !== 0) return { ref, commit, reason: `tar could not unpack the commit (${x.error ? x.error.message : x.stderr.toString('utf8').trim()})` };
    // The project's node_modules serve the old sources: the baseline measures the old code, not old libraries.
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(src, 'node_modules'), 'dir');
    const out = path.join(work, 'dist');
    const failed = webpack(src, out);
    if (failed) return { ref, commit, reason: `baseline ${ref}: ${failed}` };
    fs.writeFileSync(path.join(work, 'complete'), `${commit}\n`);
    fs.rmSync(src, { recursive: true, force: true });
    try {
      fs.renameSync(work, path.join(CACHE, commit));
    } catch {
      // Another run finished the same build first: use its copy.
      if (!fs.existsSync(path.join(CACHE, commit, 'complete'))) throw new Error(`could not store the baseline in ${CACHE}`);
    }
    return { ref, commit, dist, cached: false };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** The commit the current work tree is on, or null. */
function headCommit() {
  const r = git(['rev-parse', '--verify', '--quiet', 'HEAD']);
  return !r.error && r.status === 0 ? r.stdout.toString('utf8').trim() : null;
}

module.exports = { baselineDist, headCommit, DEFAULT_REF, CACHE };
