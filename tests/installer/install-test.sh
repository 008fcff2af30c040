#!/usr/bin/env bash
# The station as a machine gets it: the build's Debian packages installed into a copy of a clean
# Debian 13 root (minbase plus what the packages need at run time, made once by ./dev), where apt
# first removes whatever the packages do not depend on. There, foundry-station-cli --version,
# check-api against the packaged emulator, and the window started offscreen and closed; then the
# packages are purged and nothing of theirs may be left.
#
#   install-test.sh BUILD_DIR [CLEAN_ROOT]   (default: $FOUNDRY_INSTALL_TEST_ROOT)
#
# Runs in a user and mount namespace of its own (unshare), so root is not needed where user
# namespaces are allowed; nothing reaches the network.
set -euo pipefail
build=$1
clean_root=${2:-${FOUNDRY_INSTALL_TEST_ROOT:-}}
if [ -z "$clean_root" ] || [ ! -d "$clean_root/usr" ]; then
  echo "FAIL: no clean Debian 13 root (FOUNDRY_INSTALL_TEST_ROOT); ./dev test makes it" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
started=$SECONDS
took() { echo "   ($((SECONDS - started)) s so far)"; }

echo "== packages of $build"
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/packages" >"$work/cpack.log" 2>&1 \
  || { cat "$work/cpack.log" >&2; echo "FAIL: cpack" >&2; exit 1; }
debs=("$work"/packages/*.deb)
[ ${#debs[@]} -eq 2 ] || { echo "FAIL: expected two packages, got: ${debs[*]}" >&2; exit 1; }
for deb in "${debs[@]}"; do dpkg-deb --field "$deb" Package Depends; done
took

echo "== a copy of the clean root"
cp -a "$clean_root" "$work/root"
mkdir "$work/root/packages"
cp "${debs[@]}" "$(dirname "${BASH_SOURCE[0]}")/in-root.sh" "$work/root/packages/"
took

unshare --map-root-user --mount sh -c '
  set -e
  root=$1
  mount --rbind /dev "$root/dev"
  mount --rbind /proc "$root/proc"
  mount -t tmpfs tmpfs "$root/tmp"
  exec chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 /bin/bash /packages/in-root.sh
' sh "$work/root"
took
