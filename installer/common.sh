# shellcheck shell=bash disable=SC2034  # the variables are used by the scripts that source this file
# Shared by build.sh, build-macos.sh, smoke-test.sh and deb-upgrade-test.sh: sourced, never run.
#
# Contract with the Maven build (see installer/README.md):
#   ./mvnw -q package -DskipTests  ->  target/zhaoshang-desk.jar  (Main-Class cn.zhaoshang.desk.app.Main)
#                                      target/lib/*.jar           (every runtime dependency, JavaFX included)
#
# Environment overrides (all optional):
#   ZD_JDK        JDK 25+ home holding jpackage/jdeps (else JAVA_HOME, else /usr/lib/jvm/temurin-25-*)
#   APP_VERSION   version given to jpackage (else the project <version> of pom.xml, qualifier dropped)
#   ZD_VENDOR     vendor / manufacturer string
#   ZD_MODULES    comma-separated module list for the runtime (skips the jdeps computation)

ZD_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ZD_NAME=zhaoshang-desk                       # launcher, package and install-dir name on Linux
ZD_MAIN_JAR=zhaoshang-desk.jar
ZD_MAIN_CLASS=cn.zhaoshang.desk.app.Main
ZD_VENDOR=${ZD_VENDOR:-Zhaoshang Desk Project}
ZD_COPYRIGHT="Copyright (c) $(date +%Y) ${ZD_VENDOR}"
ZD_DESCRIPTION="招商台 Zhaoshang Desk - 区县招商引资客户管理 / CRM for district investment-attraction offices"
ZD_TARGET="$ZD_ROOT/target"
ZD_OUT="$ZD_TARGET/installer"                 # everything this tooling writes stays under target/
ZD_STAGE="$ZD_OUT/stage"

# Used when jdeps fails (the list agreed for the project; see installer/README.md).
ZD_FALLBACK_MODULES=java.base,java.desktop,java.sql,java.naming,java.logging,java.management,java.xml,jdk.unsupported,java.scripting,jdk.crypto.ec,java.net.http,jdk.charsets,jdk.localedata,jdk.zipfs
# Always added to what jdeps finds: loaded by name or through services, so jdeps cannot see them.
#   jdk.localedata  zh_CN dates/numbers/collation     jdk.charsets  GBK/GB18030 files from Chinese Excel/WPS
#   jdk.zipfs       zip file systems (xlsx, backups)  jdk.crypto.ec TLS to a team server (empty stub since JDK 22)
#   jdk.unsupported sun.misc.Unsafe for libraries that reach it reflectively
ZD_EXTRA_MODULES=jdk.localedata,jdk.charsets,jdk.zipfs,jdk.crypto.ec,jdk.unsupported,java.naming,java.logging,java.management

# jlink options used by jpackage (its defaults plus a locale trim: only English and Chinese locale data).
ZD_JLINK_OPTIONS="--strip-debug --no-man-pages --no-header-files --strip-native-commands --include-locales=en,zh"

zd_die() { echo "error: $*" >&2; exit 1; }
zd_log() { echo "[installer] $*" >&2; }

# Sets ZD_JDK to a JDK (25 or newer) that has jpackage and jdeps.
zd_find_jdk() {
  local c v
  for c in "${ZD_JDK:-}" "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25-jdk-arm64 \
           /usr/lib/jvm/*-25* "$(dirname "$(dirname "$(readlink -f "$(command -v jpackage 2>/dev/null || echo /nonexistent/bin/x)")")")"; do
    if [ -z "$c" ] || [ ! -x "$c/bin/jpackage" ] || [ ! -x "$c/bin/jdeps" ]; then continue; fi
    v=$("$c/bin/jpackage" --version 2>/dev/null | head -n1)
    if [ "${v%%.*}" -ge 25 ] 2>/dev/null; then
      ZD_JDK=$c
      zd_log "JDK: $ZD_JDK (jpackage $v)"
      return 0
    fi
  done
  zd_die "no JDK 25+ with jpackage found: set ZD_JDK or JAVA_HOME"
}

# Prints the project's own <version> from pom.xml (the <parent> block skipped), e.g. 0.3.0-SNAPSHOT.
zd_pom_version() {
  local pom="$ZD_ROOT/pom.xml" v
  [ -f "$pom" ] || return 1
  v=$(sed -e '/<parent>/,/<\/parent>/d' -e '/<dependencies>/,$d' -e '/<build>/,$d' -e '/<properties>/,/<\/properties>/d' "$pom" \
      | sed -n 's:.*<version>[[:space:]]*\([^<[:space:]]*\)[[:space:]]*</version>.*:\1:p' | head -n1)
  # A project without its own <version> inherits the parent's.
  [ -n "$v" ] || v=$(sed -n '/<parent>/,/<\/parent>/p' "$pom" | sed -n 's:.*<version>[[:space:]]*\([^<[:space:]]*\)[[:space:]]*</version>.*:\1:p' | head -n1)
  [ -n "$v" ] && printf '%s\n' "$v"
}

# Sets ZD_VERSION (numeric, at most 3 parts: what MSI and macOS accept)
# and ZD_IS_SNAPSHOT (true|false).
zd_version() {
  local raw=${APP_VERSION:-}
  if [ -z "$raw" ]; then
    raw=$(zd_pom_version) || zd_die "cannot read a version from $ZD_ROOT/pom.xml: set APP_VERSION"
  fi
  # shellcheck disable=SC2016  # a literal ${ : the pom uses a property such as ${revision}
  case "$raw" in *'${'*) zd_die "pom.xml version '$raw' is a property: set APP_VERSION" ;; esac
  ZD_VERSION=$(printf '%s' "$raw" | sed -E 's/^([0-9]+(\.[0-9]+){0,2}).*$/\1/')
  [[ "$ZD_VERSION" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || zd_die "version '$raw' does not start with a number: set APP_VERSION"
  case "$raw" in *SNAPSHOT*|*snapshot*) ZD_IS_SNAPSHOT=true ;; *) ZD_IS_SNAPSHOT=false ;; esac
  zd_log "version: $raw -> $ZD_VERSION (snapshot: $ZD_IS_SNAPSHOT)"
}

# Checks the Maven output and copies it into a clean jpackage --input directory (jpackage puts every
# jar of --input on the class path, so nothing else may be in it).
zd_stage_input() {
  [ -f "$ZD_TARGET/$ZD_MAIN_JAR" ] || zd_die "$ZD_TARGET/$ZD_MAIN_JAR is missing: run ./mvnw -q package -DskipTests first"
  [ -d "$ZD_TARGET/lib" ] || zd_die "$ZD_TARGET/lib is missing: the build must copy the dependency jars there"
  # The product carries no benchmark (decision 0099): its classes and SQLite live in zhaoshang-desk-bench.jar.
  if "$ZD_JDK/bin/jar" tf "$ZD_TARGET/$ZD_MAIN_JAR" | grep -q '^cn/zhaoshang/desk/bench/.*[.]class$'; then
    zd_die "a benchmark class is in $ZD_MAIN_JAR: the benchmark belongs in src/bench/java"
  fi
  if find "$ZD_TARGET/lib" -maxdepth 1 -name 'sqlite-jdbc*' | grep -q .; then
    zd_die "sqlite-jdbc is in target/lib: it is the benchmark's reference engine, not the product's"
  fi
  rm -rf "$ZD_STAGE"
  mkdir -p "$ZD_STAGE/input/lib"
  cp "$ZD_TARGET/$ZD_MAIN_JAR" "$ZD_STAGE/input/"
  find "$ZD_TARGET/lib" -maxdepth 1 -name '*.jar' -exec cp {} "$ZD_STAGE/input/lib/" \;
  zd_log "input: $ZD_MAIN_JAR + $(find "$ZD_STAGE/input/lib" -name '*.jar' | wc -l) jars from target/lib"
}

# Prints the module list jdeps finds for its arguments, or fails. jdeps prints some errors on stdout
# (e.g. "Error: Module opczip not found"), so only a clean last line counts. Everything goes to jdeps.log.
zd_jdeps() {
  local out rc=0
  out=$("$ZD_JDK/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 25 "$@" 2>&1) || rc=$?
  printf '$ jdeps %s\n%s\n(exit %s)\n' "$*" "$out" "$rc" >>"$ZD_OUT/jdeps.log"
  out=$(printf '%s\n' "$out" | tail -n1)
  [ "$rc" -eq 0 ] && [[ "$out" =~ ^[a-z][a-z0-9.]*(,[a-z][a-z0-9.]*)*$ ]] && printf '%s' "$out"
}

# Sets ZD_RUNTIME_MODULES, the union of
#   1. jdeps over the app jar, following what it uses through target/lib as plain class-path jars;
#   2. jdeps over every jar of target/lib as modules (explicit or automatic), which also covers jars that
#      are only loaded by name or as services (JDBC drivers, logback, Flyway plugins);
#   3. ZD_EXTRA_MODULES,
# restricted to modules this JDK has. (All jars as class-path roots in one call does not work: a modular
# jar as a root makes jdeps resolve its `requires` and stop, e.g. fastexcel -> opczip.) If a jdeps call
# fails, the fixed ZD_FALLBACK_MODULES list is added instead of its result.
zd_modules() {
  local a b m all out=() lib="$ZD_STAGE/input/lib" log="$ZD_OUT/jdeps.log"
  if [ -n "${ZD_MODULES:-}" ]; then
    ZD_RUNTIME_MODULES=$ZD_MODULES
    zd_log "modules (ZD_MODULES): $ZD_RUNTIME_MODULES"
    return 0
  fi
  : >"$log"
  if a=$(zd_jdeps --class-path "$lib/*" "$ZD_STAGE/input/$ZD_MAIN_JAR"); then
    zd_log "jdeps, app jar over the class path: $a"
  else
    zd_log "jdeps over the class path failed (see $log): adding the fixed module list"
    a=$ZD_FALLBACK_MODULES
  fi
  b=java.base
  if compgen -G "$lib/*.jar" >/dev/null; then
    if b=$(zd_jdeps --module-path "$lib" --add-modules ALL-MODULE-PATH); then
      zd_log "jdeps, dependencies as modules: $b"
    else
      zd_log "jdeps over the dependencies as modules failed (see $log): adding the fixed module list"
      b=$ZD_FALLBACK_MODULES
    fi
  fi
  all=$("$ZD_JDK/bin/java" --list-modules | sed 's/@.*//')
  for m in $(printf '%s,%s,%s' "$a" "$b" "$ZD_EXTRA_MODULES" | tr ',' '\n' | sort -u); do
    if grep -qx "$m" <<<"$all"; then out+=("$m"); else zd_log "module $m not in this JDK: skipped"; fi
  done
  ZD_RUNTIME_MODULES=$(IFS=,; echo "${out[*]}")
  zd_log "modules: $ZD_RUNTIME_MODULES"
}

# Options for every platform. $HOME, $LOCALAPPDATA … inside --java-options are expanded by the
# jpackage launcher at start (JDK 25; an unset variable stays as written), $APPDIR too.
zd_common_java_options() {
  printf '%s\n' \
    -Dfile.encoding=UTF-8 \
    --enable-native-access=ALL-UNNAMED
}
