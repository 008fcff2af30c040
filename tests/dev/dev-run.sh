#!/usr/bin/env bash
# `./dev run PROGRAM` runs what users run: the release build of the program, built first when it
# is missing, with the program's own exit code and nothing on standard error but the program's
# own words (no sanitizer report, no build noise once it is built).
#
#   dev-run.sh CHECKOUT
set -uo pipefail
checkout=$1
cd "$checkout" || exit 1
program=foundry-station-cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

# The first run may build the program; building goes to standard error, and is allowed there.
./dev run "$program" --version >"$work/out" 2>"$work/err"
status=$?
[ "$status" -eq 0 ] || { cat "$work/err" >&2; fail "the first ./dev run $program --version exited $status"; }
[ -x "build/release/bin/$program" ] || fail "./dev run did not build build/release/bin/$program"

# expect CODE ARGS...: ./dev run exits with CODE and says on standard error exactly what the
# release program says when run directly.
expect() {
  local code=$1 status
  shift
  ./dev run "$program" "$@" >"$work/out" 2>"$work/err"
  status=$?
  "build/release/bin/$program" "$@" >"$work/direct.out" 2>"$work/direct.err"
  [ "$status" -eq "$code" ] || fail "./dev run $program $* exited $status, expected $code"
  if grep -qiE 'sanitizer|leak|\[dev\]|ninja' "$work/err"; then
    fail "./dev run $program $* printed more than the program's words on standard error:"
    cat "$work/err" >&2
  fi
  cmp -s "$work/err" "$work/direct.err" || {
    fail "./dev run $program $*: standard error differs from the program's own"
    diff "$work/direct.err" "$work/err" >&2
  }
  cmp -s "$work/out" "$work/direct.out" || fail "./dev run $program $*: standard output differs from the program's own"
}

expect 0 --version
expect 2 no-such-command
expect 2 check-bundle
expect 4 check-bundle tests/data/reference-example.json
expect 4 check-bundle --json tests/data/reference-example.json

# Any other command runs as it is, with its exit code.
./dev run sh -c 'exit 3' >/dev/null 2>&1
status=$?
[ "$status" -eq 3 ] || fail "./dev run sh -c 'exit 3' exited $status"

[ "$failures" -eq 0 ] && echo "./dev run passes exit codes and standard error through"
[ "$failures" -eq 0 ]
