#!/usr/bin/env bash
# Renders resources/icons/ from the SVG sources beside this script:
#   app-16.png … app-1024.png, app.ico (Windows, 16–256 px) and app.icns (macOS, 16–1024 px).
# Needs the Debian packages librsvg2-bin (rsvg-convert), imagemagick (convert) and icnsutils (png2icns):
#   apt-get install -y librsvg2-bin imagemagick icnsutils
# Run from anywhere: resources/branding/render-icons.sh
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
icons="$here/../icons"
mkdir -p "$icons"

# ImageMagick 6 (Debian 12) is `convert`, 7 is `magick`. /usr/bin first: some machines put a wrapper earlier on PATH.
if [ -x /usr/bin/convert ]; then im=/usr/bin/convert
elif command -v magick >/dev/null; then im=magick
else im=convert; fi
for tool in rsvg-convert png2icns "$im"; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y librsvg2-bin imagemagick icnsutils" >&2; exit 1; }
done

# One drawing, three levels of detail: small sizes drop the windows and thicken strokes so they stay legible.
source_for() {
  if   [ "$1" -le 16 ]; then echo "$here/zhaoshang-desk-16.svg"      # hinted to the 16 px grid
  elif [ "$1" -le 32 ]; then echo "$here/zhaoshang-desk-small.svg"   # 24 and 32 px
  else                       echo "$here/zhaoshang-desk.svg"         # 48 px and up
  fi
}

for s in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$s" --height "$s" --format png --output "$icons/app-$s.png" "$(source_for "$s")"
done

# Windows: every size Explorer and the taskbar ask for; ImageMagick stores 256 px as PNG inside the .ico.
"$im" "$icons"/app-{16,24,32,48,64,128,256}.png "$icons/app.ico"

# macOS: png2icns picks the icon type from each PNG's size (is32/il32/ih32/it32, ic08, ic09, ic10).
png2icns "$icons/app.icns" "$icons"/app-{16,32,48,128,256,512,1024}.png >/dev/null

ls -l "$icons"
