#!/usr/bin/env bash
# install-test.sh's part inside the clean root (as its root, in a namespace of the test's own).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
# Leaks are the sanitizer tests' business; here a debug build's programs only have to run.
export ASAN_OPTIONS=detect_leaks=0
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# Every file of the system, without what changes by itself (package manager state, logs, home).
snapshot() {
  find / -xdev \( -path /proc -o -path /dev -o -path /tmp -o -path /root -o -path /packages \
    -o -path /var/lib/dpkg -o -path /var/lib/apt -o -path /var/cache -o -path /var/log \) -prune -o -print | sort
}

echo "== install"
snapshot >/tmp/before
dpkg -i /packages/*.deb >/tmp/dpkg.log 2>&1 || { cat /tmp/dpkg.log >&2; fail "dpkg -i"; exit 1; }
# Only what the packages depend on stays: a run-time need missing from Depends fails below.
# (apt as root throughout: a user namespace cannot switch to apt's own user.)
apt-get -o APT::Sandbox::User=root autoremove -y -q >/tmp/autoremove.log 2>&1 || { cat /tmp/autoremove.log >&2; fail "apt-get autoremove"; }
echo "   not depended on, so removed: $(awk '/^Removing/ {printf "%s ", $2}' /tmp/autoremove.log)"
apt-get -o APT::Sandbox::User=root check -qq || fail "apt-get check: broken dependencies"
dpkg -L foundry-station foundry-station-sandbox | sort -u >/tmp/theirs

echo "== foundry-station-cli --version"
version=$(foundry-station-cli --version) || fail "foundry-station-cli --version exited $?"
echo "   $version"
case "$version" in "foundry-station-cli "[0-9]*) ;; *) fail "unexpected version: $version" ;; esac
# The manual page is the program's help: every command, and how to reach serial ports.
for word in check-api provision history "usermod -aG dialout"; do
  zcat /usr/share/man/man1/foundry-station-cli.1.gz | grep -q -- "$word" || fail "the manual page lacks \"$word\""
done

echo "== check-api against the packaged foundry-emulator"
export FOUNDRY_TOKEN="install-test-$RANDOM$RANDOM"
foundry-emulator --ca-out /tmp/ca.pem >/tmp/emulator.out 2>/tmp/emulator.log &
emulator=$!
for _ in $(seq 100); do [ -s /tmp/emulator.out ] && break; sleep 0.1; done
url=$(awk '/^listening/ {print $2}' /tmp/emulator.out)
if [ -z "$url" ]; then
  cat /tmp/emulator.log >&2
  fail "foundry-emulator did not start"
else
  foundry-station-cli check-api --api-url "$url" --ca-file /tmp/ca.pem || fail "check-api exited $?"
fi
kill "$emulator" 2>/dev/null || true
wait "$emulator" 2>/dev/null || true
unset FOUNDRY_TOKEN

echo "== foundry-station, offscreen, started and closed"
mkdir -p /tmp/config/foundry-station /tmp/data
# A production environment with no Foundry to reach: the window comes up and waits.
printf '[General]\nenvironment=production\noperator=installer\nstation=install-test\n' \
  >/tmp/config/foundry-station/station.ini
XDG_CONFIG_HOME=/tmp/config XDG_DATA_HOME=/tmp/data XDG_RUNTIME_DIR=/tmp \
  DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent QT_QPA_PLATFORM=offscreen \
  foundry-station >/tmp/station.log 2>&1 &
station=$!
sleep 3
if ! kill -0 "$station" 2>/dev/null; then
  cat /tmp/station.log >&2
  fail "foundry-station ended by itself"
else
  # SIGTERM closes the window as its Quit does.
  kill -TERM "$station"
  status=0
  wait "$station" || status=$?
  [ "$status" -eq 0 ] || { cat /tmp/station.log >&2; fail "foundry-station exited $status on SIGTERM"; }
fi

echo "== remove"
snapshot >/tmp/installed
dpkg --purge foundry-station foundry-station-sandbox >/tmp/purge.log 2>&1 || { cat /tmp/purge.log >&2; fail "dpkg --purge"; }
snapshot >/tmp/after
# Theirs and still there, unless it was there before they came (a shared folder such as /usr/bin).
left=$(comm -12 /tmp/theirs /tmp/after | comm -23 - /tmp/before)
[ -z "$left" ] || fail "left behind by the packages: $left"
# Nothing new anywhere that was not there before installing.
new=$(comm -13 /tmp/before /tmp/after)
[ -z "$new" ] || fail "new after removing the packages: $new"
echo "   $(wc -l </tmp/theirs) paths installed, none left"

[ "$failures" -eq 0 ] || exit 1
echo "PASS"
