package nl.naast.language;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import nl.naast.shared.NotFoundException;
import nl.naast.shared.web.FormErrors;
import nl.naast.shared.web.PlainLanguage;
import nl.naast.shared.web.TextInput;

/**
 * The glossary, and what it does for every text: explains jargon where it stands, and
 * rates how readable a text is. The terms are read once and kept; an edit (here, or on
 * another node, noticed within {@link #RECHECK}) builds a new annotator.
 */
@Service
public class Glossary implements PlainLanguage {

	/** Texts longer than this are refused by the meter and the check page. */
	public static final int MAX_TEXT = 100_000;

	static final Duration RECHECK = Duration.ofSeconds(30);

	private final GlossaryRepository terms;

	private final Readability readability;

	private final Clock clock;

	private volatile Loaded loaded;

	private record Loaded(String fingerprint, Instant checkedAt, List<GlossaryTerm> terms, Annotator annotator) {
	}

	Glossary(GlossaryRepository terms, CommonWords common, Clock clock) {
		this.terms = terms;
		this.readability = new Readability(common);
		this.clock = clock;
	}

	/** All terms, alphabetically. */
	public List<GlossaryTerm> all() {
		return loaded().terms();
	}

	/** Terms whose name, abbreviation, synonym or explanation contains the query. */
	public List<GlossaryTerm> search(String query) {
		String q = query == null ? "" : normal(query);
		if (q.isEmpty()) {
			return all();
		}
		return all().stream()
			.filter(t -> normal(t.term()).contains(q) || t.abbreviations().stream().anyMatch(a -> normal(a).contains(q))
					|| t.synonyms().stream().anyMatch(s -> normal(s).contains(q)) || normal(t.plainNl()).contains(q)
					|| normal(t.plainEn()).contains(q))
			.toList();
	}

	public Optional<GlossaryTerm> term(String slug) {
		return all().stream().filter(t -> t.slug().equals(slug)).findFirst();
	}

	public List<GlossaryTerm> history(String slug) {
		return terms.history(slug);
	}

	@Override
	public String explain(String text, Locale locale) {
		return render(text, loaded().annotator(), locale);
	}

	/**
	 * Escapes the text and wraps each term in a details element with its plain
	 * explanation: it opens without JavaScript, by keyboard and with a screen reader.
	 */
	static String render(String text, Annotator annotator, Locale locale) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		boolean english = "en".equals(locale.getLanguage());
		StringBuilder html = new StringBuilder(text.length() + 64);
		int at = 0;
		for (Annotator.Match m : annotator.find(text)) {
			GlossaryTerm term = m.term();
			html.append(HtmlUtils.htmlEscape(text.substring(at, m.start())))
				.append("<details class=\"term\"><summary>")
				.append(HtmlUtils.htmlEscape(text.substring(m.start(), m.end())))
				.append("</summary><span class=\"term-explain\" lang=\"")
				.append(english ? "en" : "nl")
				.append("\">")
				.append(HtmlUtils.htmlEscape(term.plain(locale)))
				.append(" <a href=\"/glossary/")
				.append(term.slug())
				.append("\">")
				.append(english ? "More about " : "Meer over ")
				.append(HtmlUtils.htmlEscape(term.term()))
				.append("</a></span></details>");
			at = m.end();
		}
		return html.append(HtmlUtils.htmlEscape(text.substring(at))).toString();
	}

	/**
	 * Explains jargon with these terms only: for benchmarks and tools outside the
	 * application.
	 */
	public interface Explainer {

		String explain(String text, Locale locale);

	}

	public static Explainer explainer(List<GlossaryTerm> terms) {
		Annotator annotator = Annotator.of(terms);
		return (text, locale) -> render(text, annotator, locale);
	}

	/**
	 * How readable a text is; empty for nothing, refused (empty) beyond
	 * {@link #MAX_TEXT}.
	 */
	public Optional<ReadabilityReport> measure(String text, Locale locale) {
		if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
			return Optional.empty();
		}
		return Optional.of(readability.measure(text, locale, loaded().annotator()));
	}

	/** An administrator adds a term. */
	@Transactional
	public Saved add(TermForm form, String byName) {
		FormErrors errors = check(form, null);
		String slug = slug(form.term());
		if (slug.isEmpty() && !errors.has("term")) {
			errors.add("term", "validation.required");
		}
		if (slug.length() > 100 && !errors.has("term")) {
			errors.add("term", "validation.tooLong", 100);
		}
		if (!errors.has("term") && terms.find(slug).isPresent()) {
			errors.add("term", "glossary.validation.exists");
		}
		if (!errors.isEmpty()) {
			return new Saved(errors, null);
		}
		terms.insert(from(form, slug, 0, byName));
		reload();
		return new Saved(errors, slug);
	}

	/** An administrator changes a term; the earlier wording is kept as a version. */
	@Transactional
	public Saved change(String slug, TermForm form, String byName) {
		GlossaryTerm old = terms.find(slug).orElseThrow(() -> new NotFoundException("No term " + slug));
		if (old.version() != form.versionNumber()) {
			throw new nl.naast.shared.ConcurrentEditException("Term changed meanwhile");
		}
		FormErrors errors = check(form, slug);
		if (!errors.isEmpty()) {
			return new Saved(errors, slug);
		}
		terms.update(old, from(form, slug, old.version(), byName));
		reload();
		return new Saved(errors, slug);
	}

	public record Saved(FormErrors errors, String slug) {

		public boolean ok() {
			return errors.isEmpty();
		}

	}

	private GlossaryTerm from(TermForm form, String slug, int version, String byName) {
		return new GlossaryTerm(slug, form.term().strip(), TermForm.list(form.abbreviations()),
				TermForm.list(form.synonyms()), form.plainNl().strip(), form.plainEn().strip(),
				TermForm.list(form.related()), version, byName, clock.instant());
	}

	/**
	 * Required fields, lengths, explanations of at most two sentences, and no
	 * abbreviation or synonym that another term already has.
	 */
	private FormErrors check(TermForm form, String slug) {
		FormErrors errors = FormErrors.labelledBy(field -> new FormErrors.Label("glossary.field." + field));
		TextInput.check(errors, "term", form.term(), true, 200);
		TextInput.check(errors, "abbreviations", form.abbreviations(), false, 300);
		TextInput.check(errors, "synonyms", form.synonyms(), false, 500);
		TextInput.check(errors, "plainNl", form.plainNl(), true, 600);
		TextInput.check(errors, "plainEn", form.plainEn(), true, 600);
		TextInput.check(errors, "related", form.related(), false, 500);
		if (!errors.has("plainNl") && Readability.sentences(form.plainNl()).size() > 2) {
			errors.add("plainNl", "glossary.validation.twoSentences");
		}
		if (!errors.has("plainEn") && Readability.sentences(form.plainEn()).size() > 2) {
			errors.add("plainEn", "glossary.validation.twoSentences");
		}
		Map<String, String> taken = new HashMap<>();
		for (GlossaryTerm other : all()) {
			if (other.slug().equals(slug)) {
				continue;
			}
			other.abbreviations().forEach(a -> taken.put(a, other.term()));
			taken.put(normal(other.term()), other.term());
			other.synonyms().forEach(s -> taken.put(normal(s), other.term()));
		}
		for (String a : TermForm.list(form.abbreviations())) {
			if (taken.containsKey(a)) {
				errors.add("abbreviations", "glossary.validation.taken", a, taken.get(a));
			}
		}
		List<String> words = new ArrayList<>(TermForm.list(form.synonyms()));
		words.add(form.term());
		for (String s : words) {
			if (!s.isBlank() && taken.containsKey(normal(s))) {
				errors.add(s.equals(form.term()) ? "term" : "synonyms", "glossary.validation.taken", s,
						taken.get(normal(s)));
			}
		}
		Set<String> known = all().stream().map(GlossaryTerm::slug).collect(Collectors.toSet());
		for (String r : TermForm.list(form.related())) {
			if (!known.contains(r)) {
				errors.add("related", "glossary.validation.unknownRelated", r);
			}
		}
		return errors;
	}

	/** "Raad voor de Kinderbescherming" → "raad-voor-de-kinderbescherming". */
	static String slug(String term) {
		String ascii = Normalizer.normalize(term == null ? "" : term, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

	private static String normal(String text) {
		return text.strip().toLowerCase(Locale.ROOT);
	}

	private Loaded loaded() {
		Loaded current = loaded;
		Instant now = clock.instant();
		if (current == null || current.checkedAt().plus(RECHECK).isBefore(now)) {
			String fingerprint = terms.fingerprint();
			if (current == null || !current.fingerprint().equals(fingerprint)) {
				List<GlossaryTerm> all = terms.all();
				current = new Loaded(fingerprint, now, all, Annotator.of(all));
			}
			else {
				current = new Loaded(fingerprint, now, current.terms(), current.annotator());
			}
			loaded = current;
		}
		return current;
	}

	/** After the edit is committed, so that no request caches the terms before it. */
	private void reload() {
		if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
			org.springframework.transaction.support.TransactionSynchronizationManager
				.registerSynchronization(new org.springframework.transaction.support.TransactionSynchronization() {
					@Override
					public void afterCommit() {
						loaded = null;
					}
				});
		}
		else {
			loaded = null;
		}
	}

}
