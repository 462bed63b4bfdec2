package nl.naast.family;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.naast.access.FamilyAccess;
import nl.naast.access.FilePart;
import nl.naast.audit.AuditAction;
import nl.naast.shared.NotFoundException;

/**
 * Finds what could point at a family in a text that must not: an intervision summary, a
 * barrier for policy work. It knows the linked family's names, birth dates, phone numbers
 * and e-mail addresses, and recognises addresses, postcodes, citizen service numbers and
 * dates in any text.
 */
@Service
public class FamilyIdentifiers {

	/** Name parts too common to point at anyone ("van", "de", "el"). */
	private static final Set<String> COMMON_WORDS = Set.of("van", "de", "der", "den", "het", "ten", "ter", "el", "al",
			"la", "le", "da", "di", "du", "del", "bin", "ben", "familie", "gezin", "family", "mevrouw", "meneer", "en",
			"and");

	private static final Map<IdentifierKind, Pattern> GENERAL = new LinkedHashMap<>();

	static {
		GENERAL.put(IdentifierKind.EMAIL, Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+"));
		GENERAL.put(IdentifierKind.ADDRESS, Pattern.compile(
				"\\b\\p{L}+(straat|laan|weg|plein|kade|gracht|singel|dreef|hof|park|steeg|pad|dijk|markt|erf|plantsoen)\\s+\\d+\\s?[a-zA-Z]?\\b",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS));
		GENERAL.put(IdentifierKind.POSTCODE, Pattern.compile("\\b[1-9]\\d{3}\\s?(?!SA|SD|SS)[A-Z]{2}\\b"));
		GENERAL.put(IdentifierKind.CITIZEN_NUMBER, Pattern.compile("\\b\\d{4}\\.?\\d{2}\\.?\\d{3}\\b"));
		GENERAL.put(IdentifierKind.PHONE, Pattern.compile("(?<![\\w])(\\+31|0031|0)[\\s-]?[1-9](?:[\\s-]?\\d){8}\\b"));
		GENERAL.put(IdentifierKind.DATE, Pattern.compile("\\b\\d{1,2}[-/.]\\d{1,2}[-/.](\\d{4}|\\d{2})\\b"));
	}

	private final FamilyRepository families;

	private final FamilyAccess access;

	FamilyIdentifiers(FamilyRepository families, FamilyAccess access) {
		this.families = families;
		this.access = access;
	}

	/** One thing found: the words as they stand in the text, and what they look like. */
	public record Found(String text, IdentifierKind kind) {
	}

	/** What kind of identifier was found. */
	public enum IdentifierKind {

		NAME, DATE_OF_BIRTH, PHONE, EMAIL, ADDRESS, POSTCODE, CITIZEN_NUMBER, DATE

	}

	/**
	 * Identifiers in the text that anyone could recognise, without knowing a family.
	 */
	public List<Found> foundIn(String text) {
		return foundInGeneral(text);
	}

	/**
	 * Identifiers of the linked family in the text, and the general ones; see
	 * {@link #foundIn(UUID, Map)}.
	 */
	@Transactional
	public List<Found> foundIn(UUID familyId, String text) {
		Map<String, String> one = new LinkedHashMap<>();
		one.put("text", text);
		return foundIn(familyId, one).get("text");
	}

	/**
	 * Identifiers in each of several texts, with the linked family loaded and the check
	 * recorded once. Anyone on the family's team may screen a text they link to it; the
	 * check is recorded in the family's audit trail as a look at names only, which the
	 * family's own "who looked" page leaves out, as it does for lists: the link between a
	 * text and a family stays with the text's author.
	 *
	 * <p>
	 * What is found is shown to the writer, so the family's names, birth dates, phone
	 * numbers and e-mail addresses are only looked for when the writer may read the
	 * family's overview: otherwise a team member without that consent could learn them by
	 * typing guesses. For them only what anyone could recognise is found.
	 * @return what was found in each text, under the same key and in the same order
	 */
	@Transactional
	public <K> Map<K, List<Found>> foundIn(UUID familyId, Map<K, String> texts) {
		access.require(familyId, FilePart.TEAM, AuditAction.LIST, "family.identifiers");
		Family family = null;
		if (access.may(familyId, FilePart.OVERVIEW, AuditAction.VIEW)) {
			family = families.find(familyId).orElseThrow(() -> new NotFoundException("No family " + familyId));
		}
		Map<K, List<Found>> found = new LinkedHashMap<>();
		for (Map.Entry<K, String> text : texts.entrySet()) {
			found.put(text.getKey(), family == null ? foundIn(text.getValue()) : inFamily(family, text.getValue()));
		}
		return found;
	}

	/**
	 * Identifiers in each of several texts that are linked to no family: those anyone
	 * could recognise, and the names, birth dates, phone numbers and e-mail addresses of
	 * every family the current person works with and may read the overview of (a text
	 * about "broertje Jansen" points at a family whether or not it is linked). Each
	 * family whose details were looked at is recorded as a look at names only, as for a
	 * list.
	 * @return what was found in each text, under the same key and in the same order
	 */
	@Transactional
	public <K> Map<K, List<Found>> foundInOwnFamilies(Map<K, String> texts) {
		List<UUID> readable = access.familiesOfCurrentUser()
			.stream()
			.filter(familyId -> access.may(familyId, FilePart.OVERVIEW, AuditAction.VIEW))
			.toList();
		List<Family> own = families.findAll(readable);
		if (!own.isEmpty()) {
			access.recordListed(own.stream().map(Family::id).toList(), "family.identifiers");
		}
		return inAny(own, texts);
	}

	/**
	 * What a text written by several people could give away about the families their
	 * colleagues linked it to.
	 *
	 * @param found what was found, as with {@link #foundIn(UUID, Map)}: in the families
	 * the writer may read the overview of, and what anyone could recognise
	 * @param inOtherFamilies the texts that name (or give the birth date, phone number or
	 * e-mail address of) a family the writer may not read: what was found there is not
	 * said, so nobody learns a family's names by typing guesses
	 */
	public record Screening<K>(Map<K, List<Found>> found, Set<K> inOtherFamilies) {
	}

	/**
	 * Identifiers in each of several texts that are about cases colleagues linked to
	 * families, such as the notes of an intervision session: checked against every such
	 * family that its linker may still read the overview of. Each family looked at is
	 * recorded as a look at names only, as for a list.
	 * @param linkedBy each family, with the account that linked the case to it
	 */
	@Transactional
	public <K> Screening<K> foundInCases(Map<UUID, UUID> linkedBy, Map<K, String> texts) {
		List<Family> readable = new ArrayList<>();
		List<Family> others = new ArrayList<>();
		for (Map.Entry<UUID, UUID> link : linkedBy.entrySet()) {
			if (access.may(link.getKey(), FilePart.OVERVIEW, AuditAction.VIEW)) {
				families.find(link.getKey()).ifPresent(readable::add);
			}
			else if (access.mayAccount(link.getKey(), link.getValue(), FilePart.OVERVIEW, AuditAction.VIEW)) {
				families.find(link.getKey()).ifPresent(others::add);
			}
		}
		List<UUID> looked = new ArrayList<>();
		readable.forEach(f -> looked.add(f.id()));
		others.forEach(f -> looked.add(f.id()));
		if (!looked.isEmpty()) {
			access.recordListed(looked, "family.identifiers");
		}
		Map<K, List<Found>> found = inAny(readable, texts);
		Set<K> inOthers = new java.util.LinkedHashSet<>();
		for (Map.Entry<K, String> text : texts.entrySet()) {
			List<Found> general = foundInGeneral(text.getValue());
			for (Family family : others) {
				if (inFamily(family, text.getValue()).stream()
					.anyMatch(f -> general.stream().noneMatch(g -> g.text().equalsIgnoreCase(f.text())))) {
					inOthers.add(text.getKey());
				}
			}
		}
		return new Screening<>(found, inOthers);
	}

	private static <K> Map<K, List<Found>> inAny(List<Family> families, Map<K, String> texts) {
		Map<K, List<Found>> found = new LinkedHashMap<>();
		for (Map.Entry<K, String> text : texts.entrySet()) {
			List<Found> inText = new ArrayList<>();
			for (Family family : families) {
				inFamily(family, text.getValue()).forEach(f -> add(inText, f));
			}
			foundInGeneral(text.getValue()).forEach(f -> add(inText, f));
			found.put(text.getKey(), inText);
		}
		return found;
	}

	private static List<Found> foundInGeneral(String text) {
		List<Found> found = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return found;
		}
		GENERAL.forEach((kind, pattern) -> {
			Matcher m = pattern.matcher(text);
			while (m.find()) {
				add(found, new Found(m.group().strip(), kind));
			}
		});
		return found;
	}

	private static List<Found> inFamily(Family family, String text) {
		List<Found> found = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return found;
		}
		String plain = plain(text);
		List<String> names = new ArrayList<>();
		names.add(family.name());
		family.carers().forEach(c -> names.add(c.name()));
		family.children().forEach(c -> names.add(c.name()));
		// whole words first ("El-Amrani"), then their parts ("Amrani")
		for (String name : names) {
			for (String token : name.split("[\\s,()/]+")) {
				List<String> parts = new ArrayList<>(List.of(token));
				if (token.contains("-")) {
					parts.addAll(List.of(token.split("-")));
				}
				for (String part : parts) {
					String word = plain(part);
					if (word.length() >= 3 && !COMMON_WORDS.contains(word)) {
						findWord(text, plain, word, IdentifierKind.NAME, found);
					}
				}
			}
		}
		for (Child child : family.children()) {
			for (String date : dateForms(child.dateOfBirth())) {
				findWord(text, plain, plain(date), IdentifierKind.DATE_OF_BIRTH, found);
			}
		}
		for (Carer carer : family.carers()) {
			if (carer.phone() != null && carer.phone().replaceAll("\\D", "").length() >= 6) {
				findDigits(text, carer.phone().replaceAll("\\D", ""), found);
			}
			if (carer.email() != null && !carer.email().isBlank()) {
				findWord(text, plain, plain(carer.email()), IdentifierKind.EMAIL, found);
			}
		}
		family.children()
			.stream()
			.filter(c -> c.email() != null && !c.email().isBlank())
			.forEach(c -> findWord(text, plain, plain(c.email()), IdentifierKind.EMAIL, found));
		foundInGeneral(text).forEach(f -> add(found, f));
		return found;
	}

	private static List<String> dateForms(LocalDate day) {
		List<String> forms = new ArrayList<>();
		for (String pattern : List.of("d-M-yyyy", "dd-MM-yyyy", "d/M/yyyy", "dd/MM/yyyy", "d.M.yyyy", "yyyy-MM-dd",
				"d-M-yy", "dd-MM-yy")) {
			forms.add(day.format(DateTimeFormatter.ofPattern(pattern)));
		}
		forms.add(day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"))));
		forms.add(day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)));
		forms.add(day.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH)));
		return forms;
	}

	/**
	 * Finds a whole word or phrase, ignoring case and accents, and reports it as typed.
	 * Plain text keeps the original's length for letters with accents, so positions carry
	 * over.
	 */
	private static void findWord(String text, String plain, String word, IdentifierKind kind, List<Found> found) {
		Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(plain);
		while (m.find()) {
			add(found, new Found(text.substring(m.start(), m.end()), kind));
		}
	}

	private static void findDigits(String text, String digits, List<Found> found) {
		Matcher m = Pattern.compile("\\+?[\\d][\\d\\s-]{5,}\\d").matcher(text);
		while (m.find()) {
			String typed = m.group().replaceAll("\\D", "");
			String local = digits.startsWith("31") ? "0" + digits.substring(2) : digits;
			String asTyped = typed.startsWith("31") ? "0" + typed.substring(2) : typed;
			if (asTyped.equals(local)) {
				add(found, new Found(m.group(), IdentifierKind.PHONE));
			}
		}
	}

	private static void add(List<Found> found, Found one) {
		boolean known = found.stream()
			.anyMatch(f -> f.text().equalsIgnoreCase(one.text()) || f.text().contains(one.text()));
		if (!known) {
			found.removeIf(f -> one.text().contains(f.text()));
			found.add(one);
		}
	}

	/** Lower case without accents, one character for one character. */
	private static String plain(String text) {
		StringBuilder plain = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			String stripped = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
			plain.append(stripped.length() == 1 ? Character.toLowerCase(stripped.charAt(0)) : Character.toLowerCase(c));
		}
		return plain.toString();
	}

}
