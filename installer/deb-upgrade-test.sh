#!/usr/bin/env bash
# Install / upgrade / remove test of the .deb, done in a throw-away overlay copy of this machine: nothing
# on the host is installed or changed. At each step the installed app runs headless as an unprivileged
# user (--smoke-test) and the user's data folder is checked to be untouched.
#
#   installer/deb-upgrade-test.sh [--no-build]
#
#   Builds an "old" package (APP_VERSION=0.0.1, same jars) and the current one (build.sh deb), then in the
#   overlay: install old on a machine without a desktop menu, run; upgrade to current, run; dpkg -i of the
#   old one must warn "downgrading"; remove (app gone, data kept); purge (data still kept).
#   --no-build  use the two newest zhaoshang-desk_*.deb in target/installer/ (older version installed first)
#
# Needs: root, unshare and overlayfs (a private mount namespace), setpriv, and apt access to Debian's
# archive (the package's dependencies are installed inside the overlay). About 2 minutes with the builds.
set -euo pipefail
# shellcheck source=installer/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

[ "$(id -u)" -eq 0 ] || zd_die "run as root (needs a mount namespace and chroot)"
for tool in unshare chroot setpriv dpkg-deb; do command -v "$tool" >/dev/null || zd_die "$tool is missing"; done

if [ "${1:-}" != --no-build ]; then
  rm -f "$ZD_OUT"/"$ZD_NAME"_0.0.1-1_*.deb
  APP_VERSION=0.0.1 "$ZD_ROOT/installer/build.sh" deb
  "$ZD_ROOT/installer/build.sh" deb
fi
# shellcheck disable=SC2012  # our own file names, newest first
mapfile -t debs < <(ls -t "$ZD_OUT"/"$ZD_NAME"_*.deb 2>/dev/null | head -n2)
[ "${#debs[@]}" -eq 2 ] || zd_die "need two packages in $ZD_OUT"
v0=$(dpkg-deb -f "${debs[0]}" Version); v1=$(dpkg-deb -f "${debs[1]}" Version)
if dpkg --compare-versions "$v0" lt "$v1"; then old=${debs[0]}; new=${debs[1]}; else old=${debs[1]}; new=${debs[0]}; fi
old_v=$(dpkg-deb -f "$old" Version); new_v=$(dpkg-deb -f "$new" Version)
[ "$old_v" != "$new_v" ] || zd_die "both packages have version $old_v"
zd_log "upgrade test: $old_v -> $new_v"

work=$(mktemp -d /tmp/zhaoshang-debtest.XXXXXX)
cleanup() {
  rm -rf "$work"
  # the throw-away "old" package is not a deliverable
  [ "${1:-}" = --no-build ] || rm -f "$ZD_OUT"/"$ZD_NAME"_0.0.1-1_*.deb
}
trap 'cleanup "${1:-}"' EXIT
mkdir -p "$work/up" "$work/wk" "$work/root" "$work/pkgs"
cp "$old" "$work/pkgs/old.deb"; cp "$new" "$work/pkgs/new.deb"

# Runs inside the chroot. $work is inside /tmp, which the overlay shows unchanged.
cat >"$work/inner.sh" <<EOF
#!/bin/bash
set -u
export DEBIAN_FRONTEND=noninteractive
P=$work/pkgs
fails=0
ok()   { echo "  ok   \$*"; }
bad()  { echo "  FAIL \$*"; fails=\$((fails + 1)); }
check() { local what=\$1; shift; if "\$@" >/dev/null 2>&1; then ok "\$what"; else bad "\$what"; fi; }
status() { dpkg-query -W -f='\${Version} \${db:Status-Abbrev}' $ZD_NAME 2>/dev/null; }
mkdir -p /tmp/zd-home /tmp/zd-data; chown 65534:65534 /tmp/zd-home /tmp/zd-data
run_app() {
  local out
  out=\$(setpriv --reuid=65534 --regid=65534 --clear-groups env -i PATH=/usr/bin:/bin HOME=/tmp/zd-home \
        JAVA_TOOL_OPTIONS="-Dglass.platform=Headless -Dprism.order=sw -Djava.awt.headless=true" \
        timeout 120 /opt/$ZD_NAME/bin/$ZD_NAME --data-dir /tmp/zd-data --smoke-test 2>&1)
  if grep -q '^SMOKE OK ' <<<"\$out"; then ok "app runs as an unprivileged user"; else bad "app run:"; echo "\$out" | tail -20; fi
}

echo "1. install $old_v (no desktop menu directory on this machine)"
rm -rf /etc/xdg/menus
apt-get install -y "\$P/old.deb" >/tmp/apt-1.log 2>&1; check "apt-get install" test \$? -eq 0
check "package configured" grep -q ' ii' <<<"\$(status)"
run_app
echo "notes" >/tmp/zd-data/user-file.txt

echo "2. upgrade to $new_v (desktop menu directory present)"
mkdir -p /etc/xdg/menus /usr/share/applications /usr/share/desktop-directories
apt-get install -y "\$P/new.deb" >/tmp/apt-2.log 2>&1; check "apt-get install (upgrade)" test \$? -eq 0
check "version $new_v installed" grep -q "^$new_v ii" <<<"\$(status)"
check "menu entry registered" ls /usr/share/applications/$ZD_NAME-$ZD_NAME.desktop
check "menu entry is 招商台" grep -qx 'Name=招商台' /usr/share/applications/$ZD_NAME-$ZD_NAME.desktop
run_app
check "data kept across the upgrade" test -f /tmp/zd-data/user-file.txt -a -f /tmp/zd-data/zhaoshang.mv.db

echo "3. dpkg -i of the older package"
check "dpkg warns about the downgrade" grep -q downgrading <<<"\$(dpkg -i "\$P/old.deb" 2>&1)"
dpkg -i "\$P/new.deb" >/dev/null 2>&1

echo "4. remove"
apt-get remove -y $ZD_NAME >/tmp/apt-4.log 2>&1; check "apt-get remove" test \$? -eq 0
check "/opt/$ZD_NAME gone" test ! -e /opt/$ZD_NAME
check "menu entry gone" test ! -e /usr/share/applications/$ZD_NAME-$ZD_NAME.desktop
check "data kept after remove" test -f /tmp/zd-data/user-file.txt -a -f /tmp/zd-data/zhaoshang.mv.db

echo "5. purge"
apt-get purge -y $ZD_NAME >/tmp/apt-5.log 2>&1; check "apt-get purge" test \$? -eq 0
check "package gone" test -z "\$(status)"
check "data kept after purge" test -f /tmp/zd-data/user-file.txt -a -f /tmp/zd-data/zhaoshang.mv.db
[ \$fails -eq 0 ] || { echo "apt logs:"; tail -n 15 /tmp/apt-*.log; }
exit \$fails
EOF
chmod +x "$work/inner.sh"

cat >"$work/outer.sh" <<EOF
#!/bin/bash
set -e
mount -t overlay overlay -o lowerdir=/,upperdir=$work/up,workdir=$work/wk $work/root
mount -t proc proc $work/root/proc
mount --rbind /dev $work/root/dev
mount --rbind /sys $work/root/sys
mount -t tmpfs tmpfs $work/root/run
exec chroot $work/root $work/inner.sh
EOF
chmod +x "$work/outer.sh"

set +e
unshare --mount --propagation private "$work/outer.sh"
fails=$?
set -e
[ "$(id -u)" -eq 0 ] && dpkg-query -W "$ZD_NAME" >/dev/null 2>&1 && zd_die "the package leaked onto the host"
if [ "$fails" -eq 0 ]; then
  echo "DEB UPGRADE TEST PASSED ($old_v -> $new_v)"
else
  echo "DEB UPGRADE TEST FAILED ($fails checks)"; exit 1
fi
