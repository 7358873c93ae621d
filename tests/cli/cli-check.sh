#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The command line without a window: wijkpact --version, --export-json,
# --import-json and --calc, and their refusals. TAP output.
set -u
wijkpact=$1
tmp=$(mktemp -d -t wijk-cli-XXXXXX)
trap 'rm -rf "$tmp"' EXIT
unset DISPLAY WAYLAND_DISPLAY
n=0
failed=0

check () {
  local description=$1
  shift
  n=$((n + 1))
  if "$@" >"$tmp/out" 2>"$tmp/err"; then
    echo "ok $n $description"
  else
    echo "not ok $n $description"
    sed 's/^/# /' "$tmp/err" | head -20
    failed=$((failed + 1))
  fi
}

version () { "$wijkpact" --version | grep -Eq '^Wijkpact [0-9]+\.[0-9]+\.[0-9]+$'; }

round_trip () {
  "$wijkpact" --export-json - >"$tmp/a.json" &&
  "$wijkpact" --import-json "$tmp/a.json" "$tmp/a.wijkpact" &&
  "$wijkpact" --export-json "$tmp/b.json" "$tmp/a.wijkpact" &&
  cmp "$tmp/a.json" "$tmp/b.json" &&
  grep -q '"name": "Haasrode Research Park"' "$tmp/a.json"
}

import_from_stdin () {
  "$wijkpact" --import-json - "$tmp/c.wijkpact" <"$tmp/a.json" &&
  "$wijkpact" --export-json - "$tmp/c.wijkpact" | cmp - "$tmp/a.json"
}

calc_keys () {
  "$wijkpact" --calc "$tmp/a.wijkpact" >"$tmp/calc.json" &&
  python3 - "$tmp/calc.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
for key in ("actions", "organisations", "purchase_groups", "park"):
    assert key in r, key
for a in r["actions"]:
    for key in ("id", "co2_t_per_year", "co2_t_one_off", "co2_t_lifetime", "capex_eur",
                "net_savings_eur_per_year", "npv_eur", "npv_with_carbon_eur", "payback_years",
                "abatement_eur_per_t", "cobenefits"):
        assert key in a, (a["id"], key)
for o in r["organisations"]:
    for key in ("id", "capex_eur", "net_savings_eur_per_year", "npv_eur", "co2_t_per_year"):
        assert key in o, (o["id"], key)
for g in r["purchase_groups"]:
    for key in ("id", "total_quantity", "unit_price_eur", "members"):
        assert key in g, (g["id"], key)
for key in ("co2_t_per_year", "share_of_baseline", "share_of_target", "capex_eur",
            "net_savings_eur_per_year"):
    assert key in r["park"], key
assert len(r["actions"]) >= 5
PY
}

calc_same_from_json () {
  "$wijkpact" --calc "$tmp/a.json" | cmp - "$tmp/calc.json"
}

refuses () {
  # refuses EXPECTED-TEXT ARGS…: a non-zero exit and a message naming the problem
  local expected=$1
  shift
  if "$wijkpact" "$@" >"$tmp/r.out" 2>"$tmp/r.err"; then
    echo "exited 0 for $*" >&2
    return 1
  fi
  grep -qF -- "$expected" "$tmp/r.err" || { echo "message was: $(cat "$tmp/r.err")" >&2; return 1; }
}

bad_json () {
  printf '{"format": "wijkpact-workshop", "version": 1, ' >"$tmp/broken.json"
  refuses "broken.json" --calc "$tmp/broken.json"
}

bad_path () {
  python3 - "$tmp/a.json" "$tmp/typo.json" <<'PY'
import json, sys
w = json.load(open(sys.argv[1]))
w["actions"][0]["params"]["kwpp"] = 3
json.dump(w, open(sys.argv[2], "w"))
PY
  refuses "actions[0].params" --calc "$tmp/typo.json"
}

existing_target () {
  local before
  before=$(sha256sum "$tmp/a.wijkpact")
  refuses "a.wijkpact" --import-json "$tmp/a.json" "$tmp/a.wijkpact" &&
  [ "$(sha256sum "$tmp/a.wijkpact")" = "$before" ]
}

foreign_file () {
  echo "not a workshop" >"$tmp/notes.wijkpact"
  printf 'SQLite format 3\0garbage' >"$tmp/fake.wijkpact"
  refuses "notes.wijkpact" --calc "$tmp/notes.wijkpact" &&
  refuses "fake.wijkpact" --calc "$tmp/fake.wijkpact"
}

missing_file () { refuses "--calc needs" --calc; }

check "--version prints the version without a display" version
check "--export-json - prints the bundled workshop; import and export give the same bytes" round_trip
check "--import-json reads standard input" import_from_stdin
check "--calc prints the documented keys" calc_keys
check "--calc gives the same results from the JSON and the .wijkpact file" calc_same_from_json
check "broken JSON is refused with the file named" bad_json
check "an unknown parameter is refused with its JSON path" bad_path
check "--import-json does not overwrite an existing file" existing_target
check "a foreign file is refused" foreign_file
check "--calc without a file says what it needs" missing_file

echo "1..$n"
[ "$failed" -eq 0 ]
