#!/usr/bin/env bash
# Makes the generate responses with non-RSA material that tst_certificatebundle feeds to the checks.
# Each holds a well-formed certificate and its own key, with the right id and ARN, so that the key
# type is the only thing wrong with it. The keys are throwaway test keys. Run from this folder.
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

bundle() { # name, then the -newkey argument of openssl req
  local name=$1 newkey=$2 id
  openssl req -x509 -newkey "$newkey" -nodes -keyout "$work/key.pem" -out "$work/cert.pem" \
    -subj "/CN=AWS IoT Certificate" -days 9000 2>/dev/null
  id=$(openssl x509 -in "$work/cert.pem" -outform DER | sha256sum | cut -d' ' -f1)
  printf '{\n  "id": "%s",\n  "arn": "arn:aws:iot:us-west-2:123456789012:cert/%s",\n  "cert": "%s",\n  "private": "%s"\n}\n' \
    "$id" "$id" "$(base64 -w0 "$work/cert.pem")" "$(base64 -w0 "$work/key.pem")" >"$name.json"
}

openssl ecparam -name prime256v1 -out "$work/ec.param"
openssl dsaparam -out "$work/dsa.param" 2048 2>/dev/null
bundle ec-p256 "ec:$work/ec.param"
bundle ed25519 ed25519
bundle dsa "dsa:$work/dsa.param"
