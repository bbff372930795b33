#!/usr/bin/env bash
# Builds the macOS packages of 招商台 / Zhaoshang Desk with jpackage (JDK 25). Run it ON A MAC
# (jpackage cannot make macOS packages elsewhere), after ./mvnw -q package -DskipTests on that Mac: target/lib/
# must hold the JavaFX jars for macOS (javafx-*-mac.jar or -mac-aarch64.jar), which Maven picks by the OS.
#
#   installer/build-macos.sh [dmg|app-image|all]       (default: dmg)
#
#   app-image  target/installer/ZhaoshangDesk.app
#   dmg        target/installer/ZhaoshangDesk-<version>.dmg      (drag to Applications)
#   all        both (each built from the jars)
#
# macOS requires the first number of the version to be 1 or more: for a 0.x pom version set APP_VERSION,
# e.g. APP_VERSION=1.0.0 installer/build-macos.sh
# Optional signing: MAC_SIGN_IDENTITY="Developer ID Application: ..." (and MAC_KEYCHAIN) signs the bundle.
# NOT TESTED: written and checked on Linux only (see installer/README.md).
set -euo pipefail
# shellcheck source=installer/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

usage() { sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

what=${1:-dmg}
case "$what" in
  dmg|app-image|all) ;;
  -h|--help) usage; exit 0 ;;
  *) usage >&2; exit 2 ;;
esac
[ "$(uname -s)" = Darwin ] || zd_die "build-macos.sh runs on macOS only (jpackage builds for the OS it runs on)"

MAC_NAME=ZhaoshangDesk                # bundle ZhaoshangDesk.app; the menu bar shows --mac-package-name
MAC_DISPLAY_NAME="招商台"              # CFBundleName, at most 16 characters
MAC_BUNDLE_ID=cn.zhaoshang.desk

if [ -z "${ZD_JDK:-}" ] && [ -x /usr/libexec/java_home ]; then
  ZD_JDK=$(/usr/libexec/java_home -v 25+ 2>/dev/null || true)
fi
zd_find_jdk
zd_version
case "$ZD_VERSION" in
  0|0.*) zd_die "macOS does not accept version $ZD_VERSION (first number 0): set APP_VERSION, e.g. APP_VERSION=1.0.0" ;;
esac
mkdir -p "$ZD_OUT"
zd_stage_input
compgen -G "$ZD_STAGE/input/lib/javafx-*-mac*.jar" >/dev/null \
  || zd_log "warning: no javafx-*-mac*.jar in target/lib: was the Maven build run on this Mac?"
zd_modules

common=(
  --name "$MAC_NAME"
  --app-version "$ZD_VERSION"
  --vendor "$ZD_VENDOR"
  --copyright "$ZD_COPYRIGHT"
  --description "$ZD_DESCRIPTION"
  --icon "$ZD_ROOT/resources/icons/app.icns"
  --mac-package-name "$MAC_DISPLAY_NAME"
  --mac-package-identifier "$MAC_BUNDLE_ID"
  --mac-app-category public.app-category.business
  --dest "$ZD_OUT"
)
if [ -n "${MAC_SIGN_IDENTITY:-}" ]; then
  common+=(--mac-sign --mac-signing-key-user-name "$MAC_SIGN_IDENTITY")
  [ -n "${MAC_KEYCHAIN:-}" ] && common+=(--mac-signing-keychain "$MAC_KEYCHAIN")
fi

java_options=()
while IFS= read -r o; do java_options+=(--java-options "$o"); done < <(zd_common_java_options)
# shellcheck disable=SC2016  # ${HOME} is expanded by the launcher at start
java_options+=(--java-options '-Djavafx.cachedir=${HOME}/Library/Caches/ZhaoshangDesk/openjfx')

from_input=(
  --input "$ZD_STAGE/input"
  --main-jar "$ZD_MAIN_JAR"
  --main-class "$ZD_MAIN_CLASS"
  --add-modules "$ZD_RUNTIME_MODULES"
  --jlink-options "$ZD_JLINK_OPTIONS"
  "${java_options[@]}"
)

jpackage() { "$ZD_JDK/bin/jpackage" "$@"; }

build_app_image() {
  rm -rf "${ZD_OUT:?}/$MAC_NAME.app"
  jpackage --type app-image "${common[@]}" "${from_input[@]}"
  zd_log "app-image: $ZD_OUT/$MAC_NAME.app"
}

build_dmg() {
  rm -f "$ZD_OUT/$MAC_NAME-$ZD_VERSION.dmg"
  jpackage --type dmg "${common[@]}" "${from_input[@]}"
  zd_log "dmg: $ZD_OUT/$MAC_NAME-$ZD_VERSION.dmg"
}

case "$what" in
  app-image) build_app_image ;;
  dmg)       build_dmg ;;
  all)       build_app_image; build_dmg ;;
esac
rm -rf "$ZD_STAGE"
