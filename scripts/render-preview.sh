#!/usr/bin/env bash
# Render a report the way a person will see it, for looking at — not part of CI (LibreOffice
# takes seconds per document):
#   the DOCX → PDF through LibreOffice headless → one PNG per page (pdftoppm),
#   the HTML → screenshots in Chromium at 375 px (phone) and 1000 px, and its print PDF.
# Official font names are mapped to the installed CJK fonts by scripts/fonts.conf.
#
# usage: scripts/render-preview.sh [REPORT.md] [OUT_DIR]
#   REPORT.md defaults to the first examples/*2021*.md (or a fresh `nianbao new` skeleton);
#   OUT_DIR defaults to out/preview (git-ignored).
# Needs: soffice (libreoffice-writer-nogui), pdftoppm/pdftotext (poppler-utils), chromium,
# fonts-noto-cjk, fonts-arphic-ukai — scripts/setup.sh installs them.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
out=${2:-$root/out/preview}
mkdir -p "$out"
out=$(cd "$out" && pwd)
export FONTCONFIG_FILE="$root/scripts/fonts.conf"
export TURBO_TELEMETRY_DISABLED=1

cd "$root"
pnpm exec turbo run build --filter=nianbao... --output-logs=errors-only >/dev/null

input=${1:-}
if [ -z "$input" ]; then
  input=$(ls examples/*2021*.md 2>/dev/null | head -n 1 || true)
fi
if [ -z "$input" ]; then
  input="$out/skeleton-2021.md"
  pnpm exec nianbao new --edition 2021 -o "$input" --force
fi
name=$(basename "$input")
name=${name%.md}

echo "== nianbao build $input"
pnpm exec nianbao build "$input" -o "$out" --force

echo "== DOCX → PDF (LibreOffice) → PNG"
soffice -env:UserInstallation="file://$out/.libreoffice" --headless --convert-to pdf \
  --outdir "$out" "$out/$name.docx" >/dev/null 2>&1
rm -f "$out/$name"-page-*.png
pdftoppm -png -r 80 "$out/$name.pdf" "$out/$name-page"
pdfinfo "$out/$name.pdf" | grep -E '^(Pages|Page size)'
ls "$out/$name"-page-*.png

# GB/T 9704 §7.5: the page number's dashes stand 7 mm below the type area, i.e. 28 mm above the
# bottom edge of an A4 page. Measure where LibreOffice put them on pages 1 and 2.
echo "== page numbers (mm above the bottom edge; GB/T 9704: 28; outside: odd right, even left)"
pdftotext -bbox -f 1 -l 2 "$out/$name.pdf" - |
  awk -F'"' '/<page /{page++; height=$4} /<word [^>]*>—<\/word>/{
      printf "page %d: x %.1f mm, centre %.1f mm above the bottom\n", page, $2 / 72 * 25.4,
        (height - ($4 + $8) / 2) / 72 * 25.4 }' | awk '!seen[$0]++'

echo "== HTML → screenshots (Chromium)"
node scripts/html-shots.mjs "$out/$name.html" "$out/$name-html" 375 1000
