# shellcheck shell=bash
# Helpers shared by the load scripts; sourced, not run.

# naast_sign_in BASE_URL EMAIL PASSWORD JAR_FILE
# Signs in through the login form like a browser (GET /login for the CSRF token, POST /login) and prints the
# value of the session cookie. Fails when Naast sends the browser back to /login (wrong password, throttled).
# Sign-in failures are throttled per account and per address (naast.login.*), so sign in each account once.
naast_sign_in() {
	local base=$1 email=$2 password=$3 jar=$4 form field token location cookie
	rm -f "$jar"
	form=$(curl -sS --fail -c "$jar" -b "$jar" "$base/login") || {
		echo "cannot open $base/login" >&2
		return 1
	}
	# the first hidden input of the sign-in page is the CSRF token (name="_csrf" unless configured otherwise)
	field=$(sed -n 's/.*<input type="hidden" name="\([^"]*\)" value="[^"]*".*/\1/p' <<<"$form" | head -n 1)
	token=$(sed -n 's/.*<input type="hidden" name="[^"]*" value="\([^"]*\)".*/\1/p' <<<"$form" | head -n 1)
	if [[ -z $field || -z $token ]]; then
		echo "no CSRF token on $base/login" >&2
		return 1
	fi
	location=$(curl -sS -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" \
		--data-urlencode "username=$email" --data-urlencode "password=$password" \
		--data-urlencode "$field=$token" "$base/login")
	if [[ -z $location || $location == *"/login"* ]]; then
		echo "sign-in as $email failed (sent to '${location:-nowhere}')" >&2
		return 1
	fi
	# curl writes HttpOnly cookies as "#HttpOnly_host<TAB>...<TAB>name<TAB>value"
	cookie=$(awk -F'\t' '$6 == "NAAST_SESSION" { value = $7 } END { print value }' "$jar")
	if [[ -z $cookie ]]; then
		echo "sign-in as $email gave no NAAST_SESSION cookie" >&2
		return 1
	fi
	printf '%s\n' "$cookie"
}

# naast_status BASE_URL COOKIE PATH: prints "<status> <redirect target>" of one GET
naast_status() {
	local base=$1 cookie=$2 path=$3
	local -a header=()
	if [[ -n $cookie ]]; then
		header=(-H "Cookie: $cookie")
	fi
	curl -sS -o /dev/null -w '%{http_code} %{redirect_url}' "${header[@]}" "$base$path" || echo "000 (no answer)"
}
