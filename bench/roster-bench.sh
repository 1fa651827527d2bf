#!/usr/bin/env bash
# Times a manager's roster commands on a big organisation, with the release build:
#   signaal org import-roster   (a first import, a re-import that merges, a dry run)
#   signaal org status          (text, json, csv)
# on a generated roster of ROWS staff (default 100,000) and training records with
# as many learners, 60% of the staff among them with a completion.
#
# Usage:  bash bench/roster-bench.sh [ROWS]
# Environment:
#   ROWS      how many staff (default 100000; the argument wins)
#   SCRATCH   swift build --scratch-path (default: the package's .build)
#   KEEP=1    keep the temporary folder with the roster, records and outputs
#
# Honest by design: any command that fails stops the script with its exit code
# and its last error lines; wrong numbers in the status stop it with exit 1.
# Nothing is timed in the unit tests; timings live here only.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
rows="${1:-${ROWS:-100000}}"
if ! [[ "$rows" =~ ^[1-9][0-9]*$ ]]; then
    echo "roster-bench: ROWS must be a positive whole number, got \"$rows\"" >&2
    exit 2
fi
scratch="${SCRATCH:-$root/.build}"
work="$(mktemp -d /tmp/signaal-roster-bench.XXXXXX)"
cleanup() {
    if [[ "${KEEP:-0}" == 1 ]]; then echo "kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

csv="$work/roster.csv"
data="$work/data"
mkdir -m 700 "$data"
organisation="Bench Hotel"

# ---------------------------------------------------------------- data
# The roster as Excel in the Netherlands saves it: UTF-8 with a BOM, ";",
# CRLF, Dutch headers. Every 10th name is quoted with a ";" in it; every
# 7th has diacritics. Staff numbers keep their leading zeros.
awk -v rows="$rows" 'BEGIN {
    split("Receptie|Housekeeping|Keuken|Bar|Technische dienst|Animatie|Front office|", dept, "|")
    printf "\357\273\277Naam;Afdeling;E-mail;Personeelsnummer\r\n"
    for (i = 1; i <= rows; i++) {
        if (i % 10 == 0) name = "\"Vries; Anna " i "\""
        else if (i % 7 == 0) name = "Zoë " i " Brontë"
        else name = "Medewerker " i " Jansen"
        printf "%s;%s;m%d@bench-hotel.nl;%06d\r\n", name, dept[i % 8 + 1], i, i
    }
}' > "$csv"

# Training records written as an older Signaal wrote them (no "organisations"
# key): a learner for each staff member with i % 10 < 6, completed; and half as
# many learners of another hotel, also completed, who must not count.
awk -v rows="$rows" -v org="$organisation" 'BEGIN {
    date = "2026-01-05T09:00:00Z"
    progress = "\"progress\":{\"moduleID\":\"no-room-hotel\",\"unitIndex\":0,\"pageIndex\":0,\"chatPaths\":{},\"answers\":{},\"finished\":true,\"attempt\":1}"
    n = 0
    for (i = 1; i <= rows; i++) if (i % 10 < 6) {
        if (i % 10 == 0) name = "Vries; Anna " i
        else if (i % 7 == 0) name = "Zoë " i " Brontë"
        else name = "Medewerker " i " Jansen"
        n++; id[n] = "L" i; learner[n] = name; place[n] = org
    }
    for (i = 1; i <= rows / 2; i++) { n++; id[n] = "X" i; learner[n] = "Medewerker " i " Jansen"; place[n] = "Ander Hotel" }
    printf "{\"version\":1,\"certificates\":[],\"learners\":["
    for (k = 1; k <= n; k++) printf "%s{\"id\":\"%s\",\"name\":\"%s\",\"organisation\":\"%s\",\"created\":\"%s\"}", (k > 1 ? "," : ""), id[k], learner[k], place[k], date
    printf "],\"enrolments\":["
    for (k = 1; k <= n; k++) printf "%s{\"learnerID\":\"%s\",%s,\"started\":\"%s\",\"updated\":\"%s\",\"completed\":\"%s\",\"completedScore\":80}", (k > 1 ? "," : ""), id[k], progress, date, date, date
    printf "]}\n"
}' > "$data/training-records.json"
chmod 600 "$data/training-records.json"
expected_completed=$(awk -v rows="$rows" 'BEGIN { c = 0; for (i = 1; i <= rows; i++) if (i % 10 < 6) c++; print c }')

# ---------------------------------------------------------------- timing
elapsed() {  # nanoseconds → "1.234 s"
    local ms=$(( $1 / 1000000 ))
    printf '%d.%03d s' $(( ms / 1000 )) $(( ms % 1000 ))
}

# step LABEL OUTPUT-FILE COMMAND...: runs it, prints the time (and peak memory
# when /usr/bin/time is there); a failure ends the script with its exit code.
step() {
    local label="$1" out="$2"
    shift 2
    local timing=() start end status=0
    [[ -x /usr/bin/time ]] && timing=(/usr/bin/time -f '%M' -o "$out.rss")
    start=$(date +%s%N)
    "${timing[@]}" "$@" >"$out" 2>"$out.err" || status=$?
    end=$(date +%s%N)
    if (( status != 0 )); then
        echo "roster-bench: FAILED with exit code $status: $label" >&2
        echo "  command: $*" >&2
        tail -n 20 "$out.err" | sed 's/^/  /' >&2
        exit "$status"
    fi
    local memory=""
    [[ -s "$out.rss" ]] && memory="  peak $(( $(tail -n 1 "$out.rss") / 1024 )) MB"
    printf '%-44s %10s%s\n' "$label" "$(elapsed $(( end - start )))" "$memory"
}

fail() {
    echo "roster-bench: $*" >&2
    exit 1
}

echo "roster: $rows rows, $(( $(wc -c < "$csv") / 1024 )) KB; records: $(( $(wc -c < "$data/training-records.json") / 1024 )) KB"

cd "$root"
step "swift build -c release" "$work/build.log" swift build -c release --product signaal --scratch-path "$scratch"
signaal="$(swift build -c release --product signaal --scratch-path "$scratch" --show-bin-path)/signaal"
[[ -x "$signaal" ]] || fail "no binary at $signaal"
export SIGNAAL_CONTENT="$root/Content"
options=(--data "$data" --lang en)

step "org create" "$work/create.out" "$signaal" org create "$organisation" "${options[@]}"
step "org import-roster (first: $rows new)" "$work/import1.out" "$signaal" org import-roster "$organisation" "$csv" "${options[@]}"
step "org import-roster (again: merge)" "$work/import2.out" "$signaal" org import-roster "$organisation" "$csv" "${options[@]}"
step "org import-roster --dry-run" "$work/import3.out" "$signaal" org import-roster "$organisation" "$csv" --dry-run "${options[@]}"
step "org status" "$work/status.txt" "$signaal" org status "$organisation" "${options[@]}"
step "org status --format json" "$work/status.json" "$signaal" org status "$organisation" --format json "${options[@]}"
step "org status --format csv" "$work/status.csv" "$signaal" org status "$organisation" --format csv "${options[@]}"

# ---------------------------------------------------------------- checks
# The CSV export: a header and a line per person; "yes" and a date for each completion.
lines="$(grep -c '' "$work/status.csv")"
yes="$(grep -Ec ';yes;[0-9]{4}-[0-9]{2}-[0-9]{2}.?$' "$work/status.csv" || true)"
[[ "$lines" == "$(( rows + 1 ))" ]] || fail "the CSV export has $lines lines, expected $(( rows + 1 ))"
[[ "$yes" == "$expected_completed" ]] || fail "the CSV export has $yes completions, expected $expected_completed"
# The JSON status, read as JSON when python3 is there.
if command -v python3 >/dev/null; then
    read -r rostered completed eligible < <(python3 -c 'import json, sys
s = json.load(open(sys.argv[1]))
print(s["rostered"], s["completed"], str(s["eligible"]).lower())' "$work/status.json") \
        || fail "the JSON status could not be read"
    [[ "$rostered" == "$rows" ]] || fail "status says $rostered rostered, expected $rows"
    [[ "$completed" == "$expected_completed" ]] || fail "status says $completed completed, expected $expected_completed"
    [[ "$eligible" == "true" ]] || fail "status says not eligible with $completed of $rostered"
    echo "checked: $rostered rostered, $completed completed, eligible; the CSV export agrees"
else
    echo "checked: the CSV export ($yes of $rows completed); python3 missing, JSON not checked"
fi
