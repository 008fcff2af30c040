#!/usr/bin/env bash
# Writes real answers of the Foundry emulator into the seed corpora of the fuzz targets that read
# what Foundry sends: whole HTTP answers for the HTTP parser and Foundry's answers, generate bodies
# for the certificate checks. Plain HTTP on loopback; each emulator is ended by its process id.
#
#   ./dev run foundry-emulator --help >/dev/null   # builds it
#   ./dev run bash tests/fuzz/record-foundry-answers.sh
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
emulator=${FOUNDRY_EMULATOR:-$here/../../build/release/bin/foundry-emulator}
corpus=$here/corpus
token=fuzz-seed-token
work=$(mktemp -d)
pid=
trap '[ -z "$pid" ] || kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT

serve() {
  local args=() fault
  for fault in "$@"; do args+=(--fault "$fault"); done
  "$emulator" --http --token "$token" "${args[@]}" >"$work/out" 2>"$work/log" &
  pid=$!
  for _ in $(seq 100); do [ -s "$work/out" ] && break; sleep 0.1; done
  port=$(sed -n 's|^listening http://127.0.0.1:\([0-9]*\).*|\1|p' "$work/out")
  [ -n "$port" ] || { cat "$work/log" >&2; exit 1; }
}

stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }

# ask METHOD TARGET [BODY] [TOKEN]: the whole answer, as it came over the wire.
ask() {
  local method=$1 target=$2 body=${3:-} auth=${4:-$token}
  exec 3<>"/dev/tcp/127.0.0.1/$port"
  printf '%s %s HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nAuthorization: Bearer %s\r\nConnection: close\r\n' \
    "$method" "$target" "$port" "$auth" >&3
  if [ -n "$body" ]; then
    printf 'Content-Type: application/json\r\nContent-Length: %s\r\n\r\n%s' "${#body}" "$body" >&3
  else
    printf '\r\n' >&3
  fi
  # The emulator keeps the connection open: read the head, then exactly Content-Length bytes.
  local line length=0
  while IFS= read -r line <&3; do
    printf '%s\n' "$line"
    case "${line,,}" in content-length:*) length=${line#*:}; length=${length//[!0-9]/} ;; esac
    [ "$line" = $'\r' ] && break
  done
  [ "$length" -eq 0 ] || head -c "$length" <&3
  exec 3<&-
}

# keep NAME: the answer on standard input, as a seed of the HTTP parser (split into reads of 64
# bytes, connection closing after it) and of Foundry's answers (the first byte names the call).
keep() {
  local name=$1 answer
  answer=$(cat; printf x)
  answer=${answer%x}
  printf '?2%s' "$answer" >"$corpus/fuzz_http_response_parser/$name.http"
  # Answers to generate are read as generate's ('0'), the others as provision's and revoke's ('1').
  case "$name" in
    generate*) printf '0%s' "$answer" >"$corpus/fuzz_foundry_answer/$name.http" ;;
    *) printf '1%s' "$answer" >"$corpus/fuzz_foundry_answer/$name.http" ;;
  esac
  printf '%s' "$answer" >"$work/last"
}

# The body of the last answer kept, as a seed of the generate checks.
keep_body() {
  sed '1,/^\r$/d' "$work/last" >"$corpus/fuzz_generate_response/$1.json"
}

generate=/foundry/certificates/generate
serve
ask GET "$generate" | keep generate-ok; keep_body generate-ok
id=$(sed -n 's/.*"id" *: *"\([0-9a-f]*\)".*/\1/p' "$work/last")
arn=$(sed -n 's/.*"arn" *: *"\([^"]*\)".*/\1/p' "$work/last")
ask GET "$generate?topics=%5B%22devices%2Fa%2Ftelemetry%22%5D" | keep generate-with-topics
ask POST /foundry/certificates/provision \
  "{\"arn\":\"$arn\",\"certId\":\"$id\",\"deviceId\":\"fuzz-device\",\"topics\":[\"devices/fuzz-device/#\"]}" \
  | keep provision-ok
ask POST /foundry/certificates/provision '{"certId":"abc"}' | keep provision-bad-request
ask DELETE "/foundry/certificates/revoke?certId=$id&deviceId=fuzz-device" | keep revoke-ok
ask DELETE "/foundry/certificates/revoke?certId=$id&deviceId=fuzz-device" | keep revoke-unknown
ask GET "$generate" "" wrong-token | keep unauthorized
ask GET /foundry/nothing | keep not-found
ask POST "$generate" | keep method-not-allowed
stop

for fault in http-500 rate-limit@generate=7 unavailable@generate=2 malformed-json corrupt-certificate id-mismatch \
    key-mismatch; do
  name=${fault%%@*}
  case "$fault" in *@*) ;; *) fault=$fault@generate ;; esac
  serve "$fault"
  ask GET "$generate" | keep "generate-$name"
  case "$name" in malformed-json|corrupt-certificate|id-mismatch|key-mismatch) keep_body "generate-$name" ;; esac
  stop
done
