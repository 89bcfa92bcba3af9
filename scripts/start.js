#!/usr/bin/env node
// npm start: serves the task pane on https://localhost:3000 and
//  - on Windows and macOS: sideloads it into Word desktop (office-addin-debugging, fetched by npx
//    on demand: it is not a dependency of the project);
//  - on Linux (or with --web): prints how to add manifest.xml to Word on the web.
// Ctrl+C stops the server (and, on Windows/macOS, unregisters the add-in).
'use strict';
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const https = require('https');
const os = require('os');
const path = require('path');

const root = path.join(__dirname, '..');
const PORT = 3000;
const URL = `https://localhost:${PORT}`;
const manifest = path.join(root, 'manifest.xml');
const certDir = path.join(root, '.cert');
const webOnly = process.argv.includes('--web') || process.platform === 'linux';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function log(line = '') {
  process.stdout.write(`${line}\n`);
}

/** A self-signed certificate for localhost in .cert/ (git-ignored), made with openssl when missing. */
function ensureSelfSignedCertificate() {
  const key = path.join(certDir, 'localhost.key');
  const crt = path.join(certDir, 'localhost.crt');
  if (fs.existsSync(key) && fs.existsSync(crt)) return true;
  fs.mkdirSync(certDir, { recursive: true });
  const result = spawnSync(
    'openssl',
    [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '825',
      '-keyout', key, '-out', crt,
      '-subj', '/CN=localhost',
      '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  if (result.status === 0) return true;
  // Without openssl, webpack-dev-server generates its own self-signed certificate.
  for (const f of [key, crt]) fs.rmSync(f, { force: true });
  return false;
}

/**
 * Windows/macOS: Office desktop only loads add-ins from a trusted https address. Microsoft's
 * office-addin-dev-certs installs a local CA and a localhost certificate in ~/.office-addin-dev-certs.
 */
function ensureTrustedCertificate() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const key = path.join(dir, 'localhost.key');
  const crt = path.join(dir, 'localhost.crt');
  if (!(fs.existsSync(key) && fs.existsSync(crt))) {
    log('Cài chứng chỉ phát triển cho https://localhost / Installing the development certificate for https://localhost…');
    spawnSync(npx, ['--yes', 'office-addin-dev-certs', 'install'], { stdio: 'inherit', cwd: root });
  }
  return fs.existsSync(key) && fs.existsSync(crt) ? { key, crt } : null;
}

function startServer(env) {
  const cli = path.join(path.dirname(require.resolve('webpack-cli/package.json')), 'bin', 'cli.js');
  return spawn(process.execPath, [cli, 'serve', '--mode', 'development'], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

/** Resolves when the server answers on the port (any status), or rejects after the deadline. */
function waitForServer(deadlineMs) {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const req = https.get(`${URL}/taskpane.html`, { rejectUnauthorized: false, timeout: 2000 }, (res) => {
        res.resume();
        resolve();
      });
      req.on('error', () => {
        if (Date.now() - started > deadlineMs) reject(new Error(`The server did not answer on ${URL}.`));
        else setTimeout(attempt, 1000);
      });
      req.on('timeout', () => req.destroy());
    };
    attempt();
  });
}

function printWebInstructions() {
  log('');
  log('────────────────────────────────────────────────────────────────────────');
  log(`Trang kiểm tra báo cáo (.docx), đã nạp sẵn một báo cáo mẫu: ${URL}/checker.html?sample=1`);
  log(`The web checker, with a sample report already loaded: ${URL}/checker.html?sample=1`);
  log('');
  log(`Báo cáo Mặt trận đang chạy tại ${URL}/taskpane.html`);
  log('Thêm phần bổ trợ vào Word trên web:');
  log(`  1. Mở ${URL}/taskpane.html một lần trong trình duyệt và chấp nhận chứng chỉ tự ký`);
  log('     (trang sẽ báo "Cần mở từ Word": như vậy là đúng).');
  log('  2. Mở một tài liệu trong Word trên web.');
  log('  3. Chèn > Phần bổ trợ > Tải lên Phần bổ trợ của tôi (Insert > Add-ins > Upload My Add-in),');
  log(`     chọn tệp: ${manifest}`);
  log('  4. Bấm Trang chủ > Báo cáo Mặt trận.');
  log('');
  log(`Báo cáo Mặt trận (the Front report add-in) is served at ${URL}/taskpane.html`);
  log('Add it to Word on the web:');
  log(`  1. Open ${URL}/taskpane.html once in this browser and accept the self-signed certificate`);
  log('     (the page says it must be opened from Word: that is expected).');
  log('  2. Open a document in Word on the web.');
  log('  3. Insert > Add-ins > Upload My Add-in (newer Word: Home > Add-ins > More Add-ins > My Add-ins >');
  log(`     Upload My Add-in), and choose: ${manifest}`);
  log('  4. Choose Home > Báo cáo Mặt trận.');
  log('');
  log('Nhấn Ctrl+C để dừng. / Press Ctrl+C to stop.');
  log('────────────────────────────────────────────────────────────────────────');
}

async function main() {
  const env = {};
  if (webOnly) {
    ensureSelfSignedCertificate();
  } else {
    const trusted = ensureTrustedCertificate();
    if (trusted) {
      env.HTTPS_KEY = trusted.key;
      env.HTTPS_CERT = trusted.crt;
    }
  }

  const server = startServer(env);
  let stopping = false;
  const stop = (code) => {
    if (stopping) return;
    stopping = true;
    if (!webOnly) {
      spawnSync(npx, ['--yes', 'office-addin-debugging', 'stop', manifest], { stdio: 'inherit', cwd: root });
    }
    server.kill();
    process.exit(code);
  };
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
  server.on('exit', (code) => {
    if (!stopping) {
      log(`Máy chủ đã dừng (mã ${code}). / The server stopped (code ${code}).`);
      process.exit(code ?? 1);
    }
  });

  await waitForServer(180000);

  if (webOnly) {
    printWebInstructions();
    return;
  }
  log(`Nạp phần bổ trợ vào Word / Sideloading into Word (${URL})…`);
  const sideload = spawn(
    npx,
    ['--yes', 'office-addin-debugging', 'start', manifest, 'desktop', '--app', 'word', '--dev-server-port', String(PORT), '--no-debug'],
    { cwd: root, stdio: 'inherit' },
  );
  sideload.on('exit', (code) => {
    if (code !== 0) {
      log('Không nạp được vào Word. Hãy thêm manifest.xml bằng tay (Chèn > Phần bổ trợ > Tải lên Phần bổ trợ của tôi).');
      log('Could not sideload into Word. Add manifest.xml by hand (Insert > Add-ins > Upload My Add-in).');
    } else {
      log('Word đã mở với phần bổ trợ: Trang chủ > Báo cáo Mặt trận. Nhấn Ctrl+C để dừng.');
      log('Word is open with the add-in: Home > Báo cáo Mặt trận. Press Ctrl+C to stop.');
    }
  });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
