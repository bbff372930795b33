#!/usr/bin/env bash
# Builds the Linux packages of 招商台 / Zhaoshang Desk with jpackage (JDK 25).
#
#   installer/build.sh [app-image|deb|all]        (default: app-image)
#
#   app-image  target/installer/zhaoshang-desk/                 launcher + jars + trimmed runtime
#   deb        the app-image, then target/installer/zhaoshang-desk_<version>_amd64.deb packed from it
#   all        the same as deb (kept for old scripts)
#
# Needs target/zhaoshang-desk.jar and target/lib/ from `./mvnw -q package -DskipTests`.
# The deb also needs fakeroot and dpkg-dev (dpkg-deb). See installer/README.md.
set -euo pipefail
# shellcheck source=installer/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

usage() { sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

what=${1:-app-image}
case "$what" in
  app-image|deb|all) ;;
  -h|--help) usage; exit 0 ;;
  *) usage >&2; exit 2 ;;
esac
[ "$(uname -s)" = Linux ] || zd_die "build.sh makes Linux packages: use build-macos.sh or build-windows.ps1"
if [ "$what" != app-image ]; then
  for tool in fakeroot dpkg-deb; do
    command -v "$tool" >/dev/null || zd_die "$tool is missing: apt-get install -y fakeroot dpkg-dev"
  done
fi

zd_find_jdk
zd_version
mkdir -p "$ZD_OUT"
zd_stage_input
zd_modules

# Debian compares versions: 0.3.0~snapshot.202611270930 < 0.3.0 < 0.3.1, so snapshot packages upgrade one
# another and a release replaces its snapshots. Same package name every time, so dpkg -i / apt upgrades in place.
if [ "$ZD_IS_SNAPSHOT" = true ]; then
  PKG_VERSION="${ZD_VERSION}~snapshot.$(date -u +%Y%m%d%H%M)"
else
  PKG_VERSION=$ZD_VERSION
fi

common=(
  --name "$ZD_NAME"
  --app-version "$PKG_VERSION"
  --vendor "$ZD_VENDOR"
  --copyright "$ZD_COPYRIGHT"
  --description "$ZD_DESCRIPTION"
  --icon "$ZD_ROOT/resources/icons/app-256.png"
  --dest "$ZD_OUT"
)

java_options=()
while IFS= read -r o; do java_options+=(--java-options "$o"); done < <(zd_common_java_options)
# JavaFX unpacks its native libraries on first start. /opt is read-only for users, so the cache goes to
# the user's cache folder. ${HOME} is expanded by the launcher at start, not here (single quotes).
# shellcheck disable=SC2016
java_options+=(--java-options '-Djavafx.cachedir=${HOME}/.cache/zhaoshang-desk/openjfx')

from_input=(
  --input "$ZD_STAGE/input"
  --main-jar "$ZD_MAIN_JAR"
  --main-class "$ZD_MAIN_CLASS"
  --add-modules "$ZD_RUNTIME_MODULES"
  --jlink-options "$ZD_JLINK_OPTIONS"
  "${java_options[@]}"
)

deb_options=(
  --linux-package-name "$ZD_NAME"
  --linux-deb-maintainer "${ZD_MAINTAINER:-zhaoshang-desk@example.invalid}"
  --linux-menu-group Office
  --linux-app-category office
  --linux-app-release 1
  --linux-shortcut
  --linux-package-deps "libgtk-3-0, fonts-wqy-microhei | fonts-noto-cjk"
  --resource-dir "$ZD_STAGE/linux-resources"
)
[ -f "$ZD_ROOT/LICENSE" ] && deb_options+=(--license-file "$ZD_ROOT/LICENSE")

jpackage() { "$ZD_JDK/bin/jpackage" "$@"; }

# installer/linux/ holds the custom .desktop file. The menu icon goes beside it as <name>.png: without that,
# a deb made from an existing app-image (--app-image) gets jpackage's default Java icon, whatever --icon says.
stage_linux_resources() {
  rm -rf "$ZD_STAGE/linux-resources"
  mkdir -p "$ZD_STAGE/linux-resources"
  cp "$ZD_ROOT/installer/linux/"* "$ZD_STAGE/linux-resources/"
  cp "$ZD_ROOT/resources/icons/app-256.png" "$ZD_STAGE/linux-resources/$ZD_NAME.png"
}

build_app_image() {
  local t0=$SECONDS
  rm -rf "${ZD_OUT:?}/$ZD_NAME"
  jpackage --type app-image "${common[@]}" "${from_input[@]}"
  train_aot_cache "$ZD_OUT/$ZD_NAME"
  zd_log "app-image: $ZD_OUT/$ZD_NAME ($(du -sh "$ZD_OUT/$ZD_NAME" | cut -f1), $((SECONDS - t0)) s)"
}

# The JDK's ahead-of-time class cache (JEP 483/514) halves the start: 5.0 s -> 2.3 s to the first layout
# on a 2-core machine (docs/PERFORMANCE.md). It is trained by one headless start of the image itself (the
# cache only serves the runtime and class path it was made with) on a small demo database, and the
# launcher is told to use it. A cache that cannot be used (another JDK build) is ignored by the JVM.
train_aot_cache() {
  local image=$1 work launcher cfg aot
  launcher="$image/bin/$ZD_NAME"
  cfg="$image/lib/app/$ZD_NAME.cfg"
  aot="$image/lib/app/$ZD_NAME.aot"
  work=$(mktemp -d "${TMPDIR:-/tmp}/zhaoshang-aot.XXXXXX")
  local run=(env -u DISPLAY -u WAYLAND_DISPLAY -u JDK_JAVA_OPTIONS HOME="$work/home"
    XDG_DATA_HOME="$work/home/.local/share" XDG_CONFIG_HOME="$work/home/.config" XDG_CACHE_HOME="$work/home/.cache")
  local headless="-Dglass.platform=Headless -Dprism.order=sw -Djava.awt.headless=true"
  # Two steps (record, then create): the one-step -XX:AOTCacheOutput starts <runtime>/bin/java, which the
  # trimmed runtime of the image does not have.
  if "${run[@]}" "$launcher" --data-dir "$work/data" demo-data --companies 500 >"$work/demo.log" 2>&1 \
      && "${run[@]}" JAVA_TOOL_OPTIONS="-XX:AOTMode=record -XX:AOTConfiguration=$work/app.aotconf $headless" \
         timeout 180 "$launcher" --data-dir "$work/data" --user admin --open company --smoke-test >"$work/train.log" 2>&1 \
      && "${run[@]}" JAVA_TOOL_OPTIONS="-XX:AOTMode=create -XX:AOTConfiguration=$work/app.aotconf -XX:AOTCache=$aot $headless" \
         timeout 180 "$launcher" --data-dir "$work/data" --smoke-test >>"$work/train.log" 2>&1 \
      && [ -s "$aot" ]; then
    # shellcheck disable=SC2016  # $APPDIR is expanded by the launcher at start
    sed -i '/^\[JavaOptions\]/a java-options=-XX:AOTCache=$APPDIR/'"$ZD_NAME"'.aot' "$cfg"
    zd_log "AOT cache: $aot ($(du -h "$aot" | cut -f1))"
  else
    rm -f "$aot"
    zd_log "AOT cache not made (the app starts without it): $(tail -n 3 "$work/train.log" "$work/demo.log" 2>/dev/null | tr '\n' ' ')"
  fi
  rm -rf "$work"
}

build_deb() {
  local t0=$SECONDS deb src=(--app-image "$ZD_OUT/$ZD_NAME")
  # Always packed from the app-image just built: it carries the trained AOT cache.
  deb="$ZD_OUT/${ZD_NAME}_${PKG_VERSION}-1_$(dpkg --print-architecture 2>/dev/null || echo amd64).deb"
  rm -f "$deb"
  stage_linux_resources
  jpackage --type deb "${common[@]}" "${src[@]}" "${deb_options[@]}"
  # shellcheck disable=SC2012  # our own file names, newest first
  [ -f "$deb" ] || deb=$(ls -t "$ZD_OUT"/"${ZD_NAME}"_*.deb | head -n1)
  zd_log "deb: $deb ($(du -h "$deb" | cut -f1), $((SECONDS - t0)) s)"
}

case "$what" in
  app-image) build_app_image ;;
  deb)       build_app_image; build_deb ;;
  all)       build_app_image; build_deb ;;
esac
rm -rf "$ZD_STAGE"
