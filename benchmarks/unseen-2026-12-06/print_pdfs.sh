#!/bin/sh
# sh print_pdfs.sh OUT: the PDFs of html/ (gen4-G4xx … gen24-M24xx), printed as the measured ones were — headless
# Chromium with its own print header and footer (the measured prints showed a gov.cn address in them; printed from
# file:// they show the file's). The PDFs are not committed: together they are about 23 MB.
set -e
out=${1:?usage: sh print_pdfs.sh OUT}
mkdir -p "$out"
for page in "$(dirname "$0")"/html/*.html; do
    name=$(basename "$page" .html)
    chromium --headless --no-sandbox --disable-gpu --print-to-pdf="$out/$name.pdf" "file://$(realpath "$page")" 2>/dev/null
done
