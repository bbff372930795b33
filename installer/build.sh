#!/usr/bin/env bash
# Builds the Linux packages of 招商台 / Zhaoshang Desk with jpackage (JDK 25).
#
#   installer/build.sh [app-image|deb|all]        (default: app-image)
#
#   app-image  target/installer/zhaoshang-desk/                 launcher + jars + trimmed runtime
#   deb        target/installer/zhaoshang-desk_<version>_amd64.deb   (installs to /opt/zhaoshang-desk)
#   all        both; the .deb then packs exactly the app-image built just before
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
  zd_log "app-image: $ZD_OUT/$ZD_NAME ($(du -sh "$ZD_OUT/$ZD_NAME" | cut -f1), $((SECONDS - t0)) s)"
}

build_deb() {
  local t0=$SECONDS deb src=("${from_input[@]}")
  # Built from the app-image when "all" just made it, else straight from the jars.
  [ "$what" = all ] && src=(--app-image "$ZD_OUT/$ZD_NAME")
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
  deb)       build_deb ;;
  all)       build_app_image; build_deb ;;
esac
rm -rf "$ZD_STAGE"
