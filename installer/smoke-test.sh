#!/usr/bin/env bash
# Smoke test of the packaged app: builds the app-image, starts its launcher headless and checks that the
# shell came up and created its database.
#
#   installer/smoke-test.sh [--no-build]
#
#   --no-build   test the app-image already in target/installer/zhaoshang-desk/
#
# Needs target/zhaoshang-desk.jar and target/lib/ (./mvnw -q package -DskipTests). No display needed.
# Runs with a throw-away HOME and data folder: nothing is written to the real user's home.
# Exit 0 and "SMOKE TEST PASSED" on success; non-zero and the launcher's output otherwise.
set -euo pipefail
# shellcheck source=installer/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

build=true
for a in "$@"; do
  case "$a" in
    --no-build) build=false ;;
    -h|--help) sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $a" >&2; exit 2 ;;
  esac
done

TIME_LIMIT=${ZD_SMOKE_TIMEOUT:-120}
fail() { echo "SMOKE TEST FAILED: $*" >&2; exit 1; }

if $build; then
  "$ZD_ROOT/installer/build.sh" app-image
fi
launcher="$ZD_OUT/$ZD_NAME/bin/$ZD_NAME"
[ -x "$launcher" ] || fail "no launcher at $launcher (build the app-image first)"

work=$(mktemp -d "${TMPDIR:-/tmp}/zhaoshang-smoke.XXXXXX")
work=$(cd "$work" && pwd -P)
cleanup() { if [ "${ZD_KEEP_SMOKE:-}" = 1 ]; then echo "kept: $work" >&2; else rm -rf "$work"; fi; }
trap cleanup EXIT
data="$work/data"
mkdir -p "$data" "$work/home"
log="$work/launcher.log"

# The jpackage launcher ignores JDK_JAVA_OPTIONS; JAVA_TOOL_OPTIONS reaches the JVM it starts.
echo "starting $launcher --data-dir $data --smoke-test (limit ${TIME_LIMIT}s)" >&2
t0=$SECONDS
set +e
env -u DISPLAY -u WAYLAND_DISPLAY -u JDK_JAVA_OPTIONS \
  HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share" XDG_CONFIG_HOME="$work/home/.config" \
  XDG_CACHE_HOME="$work/home/.cache" \
  JAVA_TOOL_OPTIONS="-Dglass.platform=Headless -Dprism.order=sw -Djava.awt.headless=true" \
  timeout --kill-after=10 "$TIME_LIMIT" "$launcher" --data-dir "$data" --smoke-test >"$log" 2>&1 </dev/null
rc=$?
set -e
elapsed=$((SECONDS - t0))

show_log() { echo "----- launcher output (exit $rc, ${elapsed}s) -----" >&2; tail -n 60 "$log" >&2; echo "-----" >&2; }

if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
  show_log; fail "the app did not exit within ${TIME_LIMIT}s"
fi
line=$(grep -a -m1 '^SMOKE OK ' "$log" || true)
if [ -z "$line" ]; then
  show_log; fail "no 'SMOKE OK <db path>' line in the output"
fi
if [ "$rc" -ne 0 ]; then
  show_log; fail "the app printed '$line' but exited with $rc"
fi
[ -f "$data/zhaoshang.mv.db" ] || { show_log; ls -la "$data" >&2; fail "no database $data/zhaoshang.mv.db"; }
reported=$(realpath -m -- "${line#SMOKE OK }")
case "$reported" in
  "$data"/*) ;;
  *) show_log; fail "the reported database '$reported' is not inside --data-dir $data" ;;
esac
if [ -d "$work/home/.openjfx" ]; then
  echo "note: JavaFX used ~/.openjfx instead of the javafx.cachedir set by the launcher" >&2
fi

echo "$line"
echo "SMOKE TEST PASSED in ${elapsed}s: $data/zhaoshang.mv.db ($(du -h "$data/zhaoshang.mv.db" | cut -f1))"
