#!/usr/bin/env bash
# Load benchmark of Naast's main pages with wrk. See bench/README.md, "Load: the main pages at national scale".
#
#   bench/load/load.sh BASE_URL MANIFEST [--duration 10s] [--connections 32] [--threads 1] [--warmup 3s]
#                      [--settle 0] [--timeout 10s] [--static /css/naast.css] [--trivial /actuator/health]
#                      [--out results.md]
#
# Signs in once as every coordinator and parent in the manifest, checks that every request it is going to make
# answers 200, lets the server settle under all pages at once (--settle, unmeasured), then runs wrk on each page in
# turn (an unmeasured warm-up first) and prints a Markdown table:
# throughput, p50/p90/p99 latency and errors per page, and each page against the static file.
# Exits 1 when any page had errors, 2 on wrong use or when the app cannot be driven at all.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh source-path=SCRIPTDIR
source "$here/lib.sh"

usage() {
	sed -n '4,6p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,3\}//' >&2
	exit 2
}

die() {
	echo "load.sh: $*" >&2
	exit 2
}

duration=10s
connections=32
threads=1
warmup=3s
settle=0
timeout=10s
static_path=/css/naast.css
trivial_path=/actuator/health
out=""
positional=()
while (($# > 0)); do
	case $1 in
	--duration) duration=${2:?--duration needs a value}; shift 2 ;;
	--connections) connections=${2:?--connections needs a value}; shift 2 ;;
	--threads) threads=${2:?--threads needs a value}; shift 2 ;;
	--warmup) warmup=${2:?--warmup needs a value (0 for none)}; shift 2 ;;
	--settle) settle=${2:?--settle needs a value (0 for none)}; shift 2 ;;
	--timeout) timeout=${2:?--timeout needs a value}; shift 2 ;;
	--static) static_path=${2:?--static needs a path}; shift 2 ;;
	--trivial) trivial_path=${2:?--trivial needs a path}; shift 2 ;;
	--out) out=${2:?--out needs a file}; shift 2 ;;
	-h | --help) usage ;;
	--*) die "unknown option $1" ;;
	*) positional+=("$1"); shift ;;
	esac
done
((${#positional[@]} == 2)) || usage
base=${positional[0]%/}
manifest=${positional[1]}
[[ -r $manifest ]] || die "cannot read manifest $manifest"
command -v wrk >/dev/null || die "wrk is not installed (Debian: apt-get install wrk)"
command -v curl >/dev/null || die "curl is not installed"
((threads > connections)) && threads=$connections

work=$(mktemp -d -t naast-load.XXXXXX)
trap 'rm -rf "$work"' EXIT

# --- the manifest: "kind<TAB>value..." a line ---
password=""
coordinators=() coordinator_families=() parents=() parent_families=() searches=()
page_names=() page_templates=()
large_family="" large_email="" small_family="" small_email=""
while IFS=$'\t' read -r kind a b _ || [[ -n $kind ]]; do
	case $kind in
	'' | '#'*) ;;
	password) password=$a ;;
	coordinator) coordinators+=("$a"); coordinator_families+=("$b") ;;
	parent) parents+=("$a"); parent_families+=("$b") ;;
	search) searches+=("$a") ;;
	story-large) large_family=$a; large_email=$b ;;
	story-small) small_family=$a; small_email=$b ;;
	page) page_names+=("$a"); page_templates+=("$b") ;;
	families | seed) ;;
	*) echo "load.sh: ignoring manifest line of kind '$kind'" >&2 ;;
	esac
done <"$manifest"
[[ -n $password ]] || die "the manifest has no password line"
((${#coordinators[@]} > 0)) || die "the manifest has no coordinator lines"
((${#page_names[@]} > 0)) || die "the manifest has no page lines"

# --- sign in each account once ---
declare -A cookie_of=()
sign_in_once() {
	local email=$1 value
	[[ -n ${cookie_of[$email]:-} ]] && return 0
	value=$(naast_sign_in "$base" "$email" "$password" "$work/cookies") || die "cannot sign in as $email"
	cookie_of[$email]="NAAST_SESSION=$value"
}
for email in "${coordinators[@]}" "${parents[@]}"; do
	sign_in_once "$email"
done
[[ -n $large_email ]] && sign_in_once "$large_email"
[[ -n $small_email ]] && sign_in_once "$small_email"
echo "signed in as ${#cookie_of[@]} accounts" >&2

# --- the requests of each page: a file of "cookie<TAB>path" lines ---
urlencode() {
	local LC_ALL=C text=$1 i c encoded=""
	for ((i = 0; i < ${#text}; i++)); do
		c=${text:i:1}
		case $c in
		[a-zA-Z0-9.~_-]) encoded+=$c ;;
		*) encoded+=$(printf '%%%02X' "'$c") ;;
		esac
	done
	printf '%s' "$encoded"
}

labels=() templates=() pair_files=()
add_page() { # label template file
	labels+=("$1"); templates+=("$2"); pair_files+=("$3")
}

# every coordinator's session, for the references (a signed-in browser sends its cookie for static files too)
reference_pairs() { # path file
	local email
	for email in "${!cookie_of[@]}"; do
		printf '%s\t%s\n' "${cookie_of[$email]}" "$1"
	done >"$2"
}
n=0
reference_pairs "$static_path" "$work/pairs.$n"; add_page "static file" "$static_path" "$work/pairs.$n"; n=$((n + 1))
reference_pairs "$trivial_path" "$work/pairs.$n"; add_page "trivial endpoint" "$trivial_path" "$work/pairs.$n"; n=$((n + 1))

with_page_param() { # path page-index
	if [[ $1 == *\?* ]]; then printf '%s&page=%s' "$1" "$2"; else printf '%s?page=%s' "$1" "$2"; fi
}

# a later story page: the manifest's own (a story path with {page} or page=), or else one added below
story_template='/families/{id}/story'
story_paged=false
for template in "${page_templates[@]}"; do
	if [[ $template == *story* && ($template == *'{page}'* || $template == *page=*) ]]; then
		story_paged=true
	fi
done
for i in "${!page_names[@]}"; do
	name=${page_names[$i]}
	# {page}: the second page (pages count from 0)
	template=${page_templates[$i]//\{page\}/1}
	lower=${name,,}
	# a page named for parents is driven by the parents, every other page by the coordinators
	if [[ $lower == *parent* ]]; then
		emails=("${parents[@]}") families=("${parent_families[@]}")
	else
		emails=("${coordinators[@]}") families=("${coordinator_families[@]}")
	fi
	((${#emails[@]} > 0)) || die "page '$name' is for parents, but the manifest has no parent lines"
	search=false
	if [[ $template == *'{q}'* || $lower == *search* ]]; then
		search=true
		((${#searches[@]} > 0)) || die "page '$name' is a search, but the manifest has no search lines"
	fi
	count=${#emails[@]}
	$search && ((${#searches[@]} > count)) && count=${#searches[@]}
	file=$work/pairs.$n
	for ((k = 0; k < count; k++)); do
		j=$((k % ${#emails[@]}))
		path=${template//\{id\}/${families[$j]}}
		if $search; then
			term=$(urlencode "${searches[$((k % ${#searches[@]}))]}")
			if [[ $path == *'{q}'* ]]; then
				path=${path//\{q\}/$term}
			elif [[ $path == *= ]]; then
				path+=$term
			elif [[ $path == *\?* ]]; then
				path+="&q=$term"
			else
				path+="?q=$term"
			fi
		fi
		printf '%s\t%s\n' "${cookie_of[${emails[$j]}]}" "$path"
	done | sort -u >"$file"
	add_page "$name" "$template" "$file"
	n=$((n + 1))
	if [[ $lower == *story* && $template != *page=* && $story_template == '/families/{id}/story' ]]; then
		story_template=$template
	fi
	# the story is paginated: also a later page (pages count from 0, so page=1 is the second)
	if [[ $lower == *story* && $template != *page=* ]] && ! $story_paged; then
		story_paged=true
		while IFS=$'\t' read -r cookie path; do
			printf '%s\t%s\n' "$cookie" "$(with_page_param "$path" 1)"
		done <"$file" >"$work/pairs.$n"
		add_page "$name, page 2" "$(with_page_param "$template" 1)" "$work/pairs.$n"
		n=$((n + 1))
	fi
done
if [[ -n $large_family ]]; then
	printf '%s\t%s\n' "${cookie_of[$large_email]}" "${story_template//\{id\}/$large_family}" >"$work/pairs.$n"
	add_page "story, large family" "$story_template" "$work/pairs.$n"
	n=$((n + 1))
fi
if [[ -n $small_family ]]; then
	printf '%s\t%s\n' "${cookie_of[$small_email]}" "${story_template//\{id\}/$small_family}" >"$work/pairs.$n"
	add_page "story, small family" "$story_template" "$work/pairs.$n"
	n=$((n + 1))
fi

# --- before measuring: every request must answer a plain 200 (a redirect to /login would otherwise look fast) ---
# A page that redirects by design (a parent's /families to their family, / to /families) is measured where it
# lands, as a browser would show it: its requests are replaced by their final addresses.
uuid='[0-9a-f]\{8\}-[0-9a-f]\{4\}-[0-9a-f]\{4\}-[0-9a-f]\{4\}-[0-9a-f]\{12\}'
follow_redirects() {
	local i cookie path answer code target hops landed
	for i in "${!labels[@]}"; do
		landed=""
		while IFS=$'\t' read -r cookie path; do
			for ((hops = 0; hops < 5; hops++)); do
				answer=$(naast_status "$base" "$cookie" "$path")
				code=${answer%% *}
				target=${answer#* }
				[[ $code == 30[1278] && -n $target && $target != *"/login"* && $target == "$base"/* ]] || break
				path=${target#"$base"}
				# shellcheck disable=SC2001 # a pattern with repetitions
				landed=$(sed "s/$uuid/{id}/g" <<<"$path")
			done
			printf '%s\t%s\n' "$cookie" "$path"
		done <"${pair_files[$i]}" >"$work/followed"
		sort -u "$work/followed" >"${pair_files[$i]}"
		if [[ -n $landed ]]; then
			templates[i]="${templates[$i]} → $landed"
			echo "load.sh: ${labels[$i]} redirects, measured at ${templates[$i]}" >&2
		fi
	done
}
check_all() { # what
	local i cookie path answer failures=0
	for i in "${!labels[@]}"; do
		while IFS=$'\t' read -r cookie path; do
			answer=$(naast_status "$base" "$cookie" "$path")
			if [[ $answer != "200 " ]]; then
				failures=$((failures + 1))
				((failures <= 10)) && echo "load.sh: $1: ${labels[$i]}: GET $path answered $answer" >&2
			fi
		done <"${pair_files[$i]}"
	done
	((failures == 0)) || die "$failures requests did not answer 200 $1"
}
follow_redirects
check_all "before the run"
echo "checked $(cat "${pair_files[@]}" | wc -l) requests over ${#labels[@]} pages: all 200" >&2

# --- settle: every page's requests in one unmeasured run, until the JIT compilers have done most of their work ---
if [[ $settle != 0 && $settle != 0s ]]; then
	echo "settling: $settle over all pages, $connections connections" >&2
	cat "${pair_files[@]}" >"$work/pairs.all"
	wrk -t"$threads" -c"$connections" -d"$settle" --timeout "$timeout" -s "$here/pages.lua" "$base" \
		-- "$work/pairs.all" >/dev/null
fi

# --- measure ---
results=$work/results.tsv
: >"$results"
for i in "${!labels[@]}"; do
	echo "measuring ${labels[$i]} (${templates[$i]}): $duration, $connections connections, $threads threads" >&2
	if [[ $warmup != 0 && $warmup != 0s ]]; then
		wrk -t"$threads" -c"$connections" -d"$warmup" --timeout "$timeout" -s "$here/pages.lua" "$base" \
			-- "${pair_files[$i]}" >/dev/null
	fi
	wrk -t"$threads" -c"$connections" -d"$duration" --timeout "$timeout" -s "$here/pages.lua" "$base" \
		-- "${pair_files[$i]}" >"$work/wrk.out"
	line=$(grep '^WRK_RESULT' "$work/wrk.out") || die "no result from wrk for ${labels[$i]}: $(cat "$work/wrk.out")"
	printf '%s\t%s\t%s\n' "${labels[$i]}" "${templates[$i]}" "${line#WRK_RESULT$'\t'}" >>"$results"
done
# the sessions must have lasted the whole run
check_all "after the run"

# --- the table ---
# results.tsv: label, template, duration us, requests, bytes, connect, read, write, status, timeout errors,
#              p50, p90, p99, max, mean (us)
table=$(awk -F'\t' '
	function ms(us) { return sprintf("%.2f", us / 1000) }
	function rate(r) { return r >= 100 ? sprintf("%.0f", r) : sprintf("%.1f", r) }
	{
		rps = $4 / ($3 / 1e6)
		errors = $6 + $7 + $8 + $9 + $10
		if (NR == 1) { static_rps = rps; static_p99 = $13 }
		detail = errors == 0 ? "0" : sprintf("%d (status %d, connect %d, read %d, write %d, timeout %d)", errors, $9, $6, $7, $8, $10)
		rows[NR] = sprintf("| %s | `%s` | %s | %s | %s | %s | %s | %s | %.3f | %.2f |", $1, $2, $4, rate(rps), ms($11), ms($12), ms($13), detail,
			static_rps > 0 ? rps / static_rps : 0, static_p99 > 0 ? $13 / static_p99 : 0)
	}
	END {
		print "| page | path | requests | requests/s | p50 ms | p90 ms | p99 ms | errors | throughput ÷ static | p99 ÷ static p99 |"
		print "|---|---|---:|---:|---:|---:|---:|---|---:|---:|"
		for (i = 1; i <= NR; i++) print rows[i]
	}' "$results")
errors=$(awk -F'\t' '{ sum += $6 + $7 + $8 + $9 + $10 } END { print sum + 0 }' "$results")

warmup_note="after a $warmup warm-up"
[[ $warmup == 0 || $warmup == 0s ]] && warmup_note="without warm-up"
[[ $settle != 0 && $settle != 0s ]] && warmup_note="$warmup_note (and $settle of all pages at once before the first)"
summary="wrk: $duration per page $warmup_note, $connections connections, $threads threads, timeout $timeout; ${#cookie_of[@]} signed-in accounts"
printf '%s\n\n%s\n' "$summary" "$table"
if [[ -n $out ]]; then
	printf '%s\n\n%s\n' "$summary" "$table" >"$out"
fi
if ((errors > 0)); then
	echo "load.sh: $errors requests failed" >&2
	exit 1
fi
