#!/usr/bin/env bash
# Runs one libFuzzer target for a fixed time, seeded with its committed corpus, and fails on any
# finding. New inputs go to a temporary folder, so the committed corpus only changes by hand.
#
#   run-fuzz-target.sh PROGRAM CORPUS SECONDS FINDINGS
set -euo pipefail
program=$1 corpus=$2 seconds=$3 findings=$4

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# OpenSSL's process-lifetime state is not ours to free (tests/lsan.supp says why); binutils'
# addr2line names the source lines of a finding, as no LLVM symbolizer is installed.
export LSAN_OPTIONS="suppressions=$here/../lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
if [ -x /usr/bin/addr2line ]; then
  export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}external_symbolizer_path=/usr/bin/addr2line"
  UBSAN_OPTIONS="$UBSAN_OPTIONS:external_symbolizer_path=/usr/bin/addr2line"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$findings"
status=0
# -timeout: one input that takes this long is a finding (a hang), not a slow machine.
"$program" -max_total_time="$seconds" -timeout=25 -print_final_stats=1 \
  -artifact_prefix="$findings/" "$work" "$corpus" || status=$?
if [ "$status" -ne 0 ]; then
  echo "$(basename "$program"): finding; the input is in $findings (reproduce: $program FILE)" >&2
fi
exit "$status"
