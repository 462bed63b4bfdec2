#!/usr/bin/env bash
# Writes a load manifest for the demo data of a running Naast (default profile "demo") to stdout:
#
#   bench/load/demo-manifest.sh BASE_URL > manifest.tsv
#
# The demo has three families with random ids, so the ids are read from the running app: it signs in once as
# the demo coordinator and once as the demo parent. The demo has no family with 10,000 story entries: the
# "story-large" line points at the family with the longest demo story, so with this manifest the large/small
# comparison only proves that the script works, not how the story scales.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$here/lib.sh"

(($# == 1)) || { echo "usage: $0 BASE_URL" >&2; exit 2; }
base=${1%/}
password=naast-demo
coordinator=coordinator@naast.test
parent=parent@naast.test

work=$(mktemp -d -t naast-demo-manifest.XXXXXX)
trap 'rm -rf "$work"' EXIT

session=$(naast_sign_in "$base" "$coordinator" "$password" "$work/cookies")
# "<id><TAB><name>" for each family on the coordinator's list
curl -sS --fail -H "Cookie: NAAST_SESSION=$session" "$base/families" |
	sed -n 's|.*<a href="/families/\([0-9a-f-]\{36\}\)">\([^<]*\)<.*|\1\t\2|p' >"$work/families"
[[ -s $work/families ]] || { echo "demo-manifest.sh: no families on $coordinator's list" >&2; exit 1; }

parent_session=$(naast_sign_in "$base" "$parent" "$password" "$work/cookies")
# a parent with one family is sent straight to it
parent_family=$(curl -sS -o /dev/null -w '%{redirect_url}' -H "Cookie: NAAST_SESSION=$parent_session" "$base/families" |
	sed -n 's|.*/families/\([0-9a-f-]\{36\}\).*|\1|p')
[[ -n $parent_family ]] || { echo "demo-manifest.sh: $parent is not sent to a family" >&2; exit 1; }

# the family with the most story entries (the number of entries is counted on the page) and the one with the fewest
: >"$work/stories"
while IFS=$'\t' read -r id _; do
	entries=$(curl -sS -H "Cookie: NAAST_SESSION=$session" "$base/families/$id/story" | grep -c 'class="card entry' || true)
	printf '%s\t%s\n' "$entries" "$id" >>"$work/stories"
done <"$work/families"
large=$(sort -n -r "$work/stories" | head -n 1 | cut -f 2)
small=$(sort -n "$work/stories" | head -n 1 | cut -f 2)

printf '# demo data of %s, read on %s\n' "$base" "$(date -u +%Y-%m-%dT%H:%MZ)"
printf 'password\t%s\n' "$password"
while IFS=$'\t' read -r id _; do
	printf 'coordinator\t%s\t%s\n' "$coordinator" "$id"
done <"$work/families"
printf 'parent\t%s\t%s\n' "$parent" "$parent_family"
# the last word of each family name ("Gezin El Amrani" -> "Amrani")
while IFS=$'\t' read -r _ name; do
	printf 'search\t%s\n' "${name##* }"
done <"$work/families"
printf 'story-large\t%s\t%s\n' "$large" "$coordinator"
printf 'story-small\t%s\t%s\n' "$small" "$coordinator"
printf 'page\tfamily-list\t/families\n'
printf 'page\tfamily-search\t/families?q={q}\n'
printf 'page\tfamily-overview\t/families/{id}\n'
printf 'page\tstory\t/families/{id}/story\n'
printf 'page\tdemands\t/families/{id}/demands\n'
printf 'page\tplan\t/families/{id}/plan\n'
printf 'page\tparent-home\t/families/{id}\n'
printf 'families\t%s\n' "$(wc -l <"$work/families")"
