#!/usr/bin/env bash
# Renders resources/icons/sourcedesk.svg into the icon files each platform needs. The results
# are checked in; run this again after changing the SVG.
#   needs: librsvg2-bin (rsvg-convert), imagemagick (convert), icnsutils (png2icns)
set -euo pipefail
cd "$(dirname "$0")"
svg=../../resources/icons/sourcedesk.svg
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" "$svg" -o "hicolor/${size}x${size}/apps/com.sourcedesk.Sourcedesk.png"
done
convert hicolor/16x16/apps/com.sourcedesk.Sourcedesk.png hicolor/24x24/apps/com.sourcedesk.Sourcedesk.png \
    hicolor/32x32/apps/com.sourcedesk.Sourcedesk.png hicolor/48x48/apps/com.sourcedesk.Sourcedesk.png \
    hicolor/64x64/apps/com.sourcedesk.Sourcedesk.png hicolor/256x256/apps/com.sourcedesk.Sourcedesk.png \
    sourcedesk.ico
png2icns sourcedesk.icns hicolor/16x16/apps/com.sourcedesk.Sourcedesk.png \
    hicolor/32x32/apps/com.sourcedesk.Sourcedesk.png hicolor/48x48/apps/com.sourcedesk.Sourcedesk.png \
    hicolor/128x128/apps/com.sourcedesk.Sourcedesk.png hicolor/256x256/apps/com.sourcedesk.Sourcedesk.png \
    hicolor/512x512/apps/com.sourcedesk.Sourcedesk.png >/dev/null
