#!/usr/bin/env bash
# Installs the Debian packages the tests use: Chromium (browser tests), LibreOffice Writer
# (round trips through a second word processor), LibreOffice Calc (reading back the web page's
# Excel export), pdftotext (reading the PDFs it makes) and
# xmllint (manifest validation).
# Run as root (apt-get directly) or as a user with sudo, on Debian/Ubuntu.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
# Calc's filters: without them soffice cannot open an .xlsx.
compgen -G '/usr/lib/libreoffice/program/libsclo.so' >/dev/null || need+=(libreoffice-calc-nogui)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
fc-list 2>/dev/null | grep -qi dejavu || need+=(fonts-dejavu-core)
if [ ${#need[@]} -eq 0 ]; then
  echo "system packages: already installed"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "system packages: ${need[*]} missing; run this script as root (sudo is not installed)" >&2
    exit 1
  fi
  SUDO="sudo"
fi
echo "system packages: installing ${need[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
