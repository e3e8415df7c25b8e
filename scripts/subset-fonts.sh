#!/usr/bin/env bash
# Rebuilds the fonts of the PDF engine (src/Remiv.Infrastructure/Documents/Fonts) from Debian's Noto fonts:
# each font cut down to the Unicode ranges of its script (plus basic Latin), with fontTools' default OpenType
# layout features (GSUB/GPOS: Arabic joining, Indic reordering and conjuncts, marks, kerning) and without hinting
# (PDF viewers do not use it).
# Needs Debian's apt and fontTools: apt-get install -y python3-fonttools python3-brotli
# Usage: scripts/subset-fonts.sh            (run from anywhere; writes into the repository)
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$repo/src/Remiv.Infrastructure/Documents/Fonts"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python=/usr/bin/python3
if ! "$python" -c 'import fontTools' 2>/dev/null; then
  echo "fontTools is missing: apt-get install -y python3-fonttools" >&2
  exit 1
fi

(cd "$work" && apt-get download fonts-noto-core >/dev/null)
dpkg-deb -x "$work"/fonts-noto-core_*_all.deb "$work/x"
src="$work/x/usr/share/fonts/truetype/noto"
echo "Source: $(basename "$work"/fonts-noto-core_*_all.deb)"

basic_latin="U+0020-007E,U+00A0"
marks="U+200B-200F,U+2010-2011,U+25CC"   # zero-width space and joiners, direction marks, hyphens, dotted circle

latin="U+0000-024F,U+0250-02AF,U+02B0-02FF,U+0300-036F,U+0370-03FF,U+0400-052F,U+1E00-1EFF,U+2000-206F,U+20A0-20CF,U+2100-214F,U+2190-2199,U+2212,U+2215,U+2260,U+2264-2265,U+25A0-25CF,U+2610-2612,U+2713-2714,U+FB00-FB06,U+FEFF,U+FFFD"
arabic="$basic_latin,$marks,U+0600-06FF,U+0750-077F,U+08A0-08FF,U+FB50-FDFF,U+FE70-FEFF"
ethiopic="$basic_latin,$marks,U+1200-139F,U+2D80-2DDF,U+AB00-AB2F"
bengali="$basic_latin,$marks,U+0964-0965,U+0980-09FF"
devanagari="$basic_latin,$marks,U+0900-097F,U+1CD0-1CFF,U+A8E0-A8FF"
tamil="$basic_latin,$marks,U+0964-0965,U+0B80-0BFF"
georgian="$basic_latin,$marks,U+10A0-10FF,U+1C90-1CBF,U+2D00-2D2F"

subset() { # source file, unicode ranges, output file, extra fontTools options
  "$python" -m fontTools.subset "$src/$1" --unicodes="$2" --output-file="$out/$3" ${4:-} \
    --no-hinting --name-IDs='*' --name-languages='*' --notdef-outline --recommended-glyphs
  printf '  %-34s %7d bytes\n' "$3" "$(stat -c %s "$out/$3")"
}

subset NotoSans-Regular.ttf            "$latin"      NotoSans-Regular.ttf
subset NotoSans-Bold.ttf               "$latin"      NotoSans-Bold.ttf
subset NotoSans-Italic.ttf             "$latin"      NotoSans-Italic.ttf
subset NotoSans-BoldItalic.ttf         "$latin"      NotoSans-BoldItalic.ttf
subset NotoSansArabic-Regular.ttf      "$arabic"     NotoSansArabic-Regular.ttf
subset NotoSansArabic-Bold.ttf         "$arabic"     NotoSansArabic-Bold.ttf
# Ethiopic: its kerning table alone is 170 KB (pairs of a 500-glyph syllabary); the syllables are evenly spaced without it.
subset NotoSansEthiopic-Regular.ttf    "$ethiopic"   NotoSansEthiopic-Regular.ttf  --layout-features-=kern
subset NotoSansEthiopic-Bold.ttf       "$ethiopic"   NotoSansEthiopic-Bold.ttf     --layout-features-=kern
subset NotoSansBengali-Regular.ttf     "$bengali"    NotoSansBengali-Regular.ttf
subset NotoSansDevanagari-Regular.ttf  "$devanagari" NotoSansDevanagari-Regular.ttf
subset NotoSansTamil-Regular.ttf       "$tamil"      NotoSansTamil-Regular.ttf
subset NotoSansGeorgian-Regular.ttf    "$georgian"   NotoSansGeorgian-Regular.ttf

# The licence, as Debian ships it for these files (SIL Open Font License 1.1).
# (the stanza "License: OFL-1.1" with the full text: its continuation lines, which start with a space)
{
  echo "Noto fonts: Copyright 2010, 2012-2020 Google Inc., 2015-2020 Google LLC (as stated by Debian's fonts-noto-core)."
  echo "Subsets made by scripts/subset-fonts.sh: see README.md beside this file."
  echo
  echo "This Font Software is licensed under the SIL Open Font License, Version 1.1."
  echo
} > "$out/OFL.txt"
awk 'done {next} /^License: OFL-1.1$/ {n++; next} n==3 && /^ / {sub(/^ /,""); if ($0==".") $0=""; print; next} n==3 {done=1}' \
  "$work/x/usr/share/doc/fonts-noto-core/copyright" >> "$out/OFL.txt"
echo "Wrote $out"
