package nl.naast.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.naast.shared.Ids;
import nl.naast.shared.web.DateInput;
import nl.naast.shared.web.FormErrors;

/**
 * The family form exactly as typed: every field a string, so that whatever someone typed
 * comes back to them when something needs fixing. Rows for parents and children are
 * numbered ({@code carers[0].name}); without JavaScript, "add another" buttons post the
 * form and get it back with one more empty row.
 */
public record FamilyForm(String name, String strengths, String concerns, String version, List<CarerRow> carers,
		List<ChildRow> children) {

	public static final int NAME_MAX = 200;

	public static final int NOTE_MAX = 4000;

	public static final int SHORT_MAX = 200;

	static final int MAX_ROWS = 20;

	public record CarerRow(String id, String name, String phone, String email, String language, boolean remove) {

		boolean blank() {
			return id.isEmpty() && name.isBlank() && phone.isBlank() && email.isBlank() && language.isBlank();
		}
	}

	public record ChildRow(String id, String name, String birthDate, String living, String livingSince,
			String livingWith, String email, boolean remove) {

		boolean blank() {
			return id.isEmpty() && name.isBlank() && birthDate.isBlank() && livingSince.isBlank()
					&& livingWith.isBlank() && email.isBlank();
		}
	}

	/** A new family: one empty row for a parent and one for a child. */
	public static FamilyForm blank() {
		return new FamilyForm("", "", "", "0", List.of(emptyCarer()), List.of(emptyChild()));
	}

	public static FamilyForm of(Family family) {
		List<CarerRow> carers = new ArrayList<>(family.carers()
			.stream()
			.map(c -> new CarerRow(c.id().toString(), c.name(), nz(c.phone()), nz(c.email()), nz(c.preferredLanguage()),
					false))
			.toList());
		List<ChildRow> children = new ArrayList<>(family.children()
			.stream()
			.map(c -> new ChildRow(c.id().toString(), c.name(), c.dateOfBirth().toString(), c.livingSituation().name(),
					c.livingSince() == null ? "" : c.livingSince().toString(), nz(c.livingWith()), nz(c.email()),
					false))
			.toList());
		return new FamilyForm(family.name(), nz(family.strengths()), nz(family.concerns()),
				String.valueOf(family.version()), carers, children);
	}

	/**
	 * Reads the posted form; unknown parameters are ignored and rows beyond the limit are
	 * not read.
	 */
	public static FamilyForm from(Map<String, String[]> params) {
		List<CarerRow> carers = new ArrayList<>();
		for (int i = 0; i < MAX_ROWS && hasRow(params, "carers[" + i + "]."); i++) {
			String p = "carers[" + i + "].";
			carers.add(new CarerRow(value(params, p + "id"), value(params, p + "name"), value(params, p + "phone"),
					value(params, p + "email"), value(params, p + "language"), params.containsKey(p + "remove")));
		}
		List<ChildRow> children = new ArrayList<>();
		for (int i = 0; i < MAX_ROWS && hasRow(params, "children[" + i + "]."); i++) {
			String p = "children[" + i + "].";
			children.add(new ChildRow(value(params, p + "id"), value(params, p + "name"),
					value(params, p + "birthDate"), value(params, p + "living"), value(params, p + "livingSince"),
					value(params, p + "livingWith"), value(params, p + "email"), params.containsKey(p + "remove")));
		}
		return new FamilyForm(value(params, "name"), value(params, "strengths"), value(params, "concerns"),
				value(params, "version"), carers, children);
	}

	/** A form filled in by code (demo data, tests): one value per field. */
	public static FamilyForm fromFields(Map<String, String> fields) {
		Map<String, String[]> params = new java.util.HashMap<>();
		fields.forEach((key, value) -> params.put(key, new String[] { value }));
		return from(params);
	}

	public FamilyForm withExtraCarer() {
		List<CarerRow> more = new ArrayList<>(carers);
		if (more.size() < MAX_ROWS) {
			more.add(emptyCarer());
		}
		return new FamilyForm(name, strengths, concerns, version, more, children);
	}

	public FamilyForm withExtraChild() {
		List<ChildRow> more = new ArrayList<>(children);
		if (more.size() < MAX_ROWS) {
			more.add(emptyChild());
		}
		return new FamilyForm(name, strengths, concerns, version, carers, more);
	}

	/** Checks everything at once and, when nothing is wrong, gives the family to save. */
	Validated validate(UUID familyId, LocalDate today) {
		FormErrors errors = FormErrors.labelledBy(FamilyForm::label);
		String familyName = name.strip();
		if (familyName.isEmpty()) {
			errors.add("name", "validation.required");
		}
		else if (familyName.length() > NAME_MAX) {
			errors.add("name", "validation.tooLong", NAME_MAX);
		}
		if (strengths.length() > NOTE_MAX) {
			errors.add("strengths", "validation.tooLong", NOTE_MAX);
		}
		if (concerns.length() > NOTE_MAX) {
			errors.add("concerns", "validation.tooLong", NOTE_MAX);
		}
		List<Carer> keptCarers = new ArrayList<>();
		for (int i = 0; i < carers.size(); i++) {
			CarerRow row = carers.get(i);
			if (row.remove() || row.blank()) {
				continue;
			}
			String p = "carers[" + i + "].";
			requiredText(errors, p + "name", row.name(), NAME_MAX);
			optionalText(errors, p + "language", row.language(), 60);
			if (!row.phone().isBlank() && !row.phone().strip().matches("[0-9+()\\-\\s]{6,20}")) {
				errors.add(p + "phone", "validation.phone");
			}
			if (!row.email().isBlank() && !validEmail(row.email())) {
				errors.add(p + "email", "validation.email");
			}
			keptCarers.add(new Carer(Ids.parse(row.id()).orElse(null), row.name().strip(), blankToNull(row.phone()),
					blankToNull(row.email()), blankToNull(row.language())));
		}
		if (keptCarers.isEmpty()) {
			errors.add("carers[0].name", "family.validation.oneCarer");
		}
		List<Child> keptChildren = new ArrayList<>();
		for (int i = 0; i < children.size(); i++) {
			ChildRow row = children.get(i);
			if (row.remove() || row.blank()) {
				continue;
			}
			String p = "children[" + i + "].";
			requiredText(errors, p + "name", row.name(), NAME_MAX);
			Optional<LocalDate> born = date(errors, p + "birthDate", row.birthDate(), true, today);
			Optional<LivingSituation> living = Arrays.stream(LivingSituation.values())
				.filter(l -> l.name().equals(row.living()))
				.findFirst();
			if (living.isEmpty()) {
				errors.add(p + "living", "validation.choose");
			}
			Optional<LocalDate> since = date(errors, p + "livingSince", row.livingSince(), false, today);
			if (born.isPresent() && since.isPresent() && since.get().isBefore(born.get())) {
				errors.add(p + "livingSince", "family.validation.sinceBeforeBirth");
			}
			optionalText(errors, p + "livingWith", row.livingWith(), SHORT_MAX);
			if (!row.email().isBlank() && !validEmail(row.email())) {
				errors.add(p + "email", "validation.email");
			}
			if (born.isPresent() && living.isPresent()) {
				keptChildren.add(new Child(Ids.parse(row.id()).orElse(null), row.name().strip(), born.get(),
						living.get(), since.orElse(null), blankToNull(row.livingWith()), blankToNull(row.email())));
			}
		}
		int parsedVersion;
		try {
			parsedVersion = Integer.parseInt(version.strip());
		}
		catch (NumberFormatException e) {
			parsedVersion = -1;
		}
		if (!errors.isEmpty()) {
			return new Validated(errors, null);
		}
		return new Validated(errors, new Family(familyId, familyName, keptCarers, keptChildren, blankToNull(strengths),
				blankToNull(concerns), parsedVersion, null, null));
	}

	record Validated(FormErrors errors, Family family) {
	}

	private static final java.util.regex.Pattern ROW_FIELD = java.util.regex.Pattern
		.compile("(carers|children)\\[(\\d+)\\]\\.(\\w+)");

	private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("name", "familyForm.name"),
			Map.entry("strengths", "familyForm.strengths"), Map.entry("concerns", "familyForm.concerns"),
			Map.entry("carers.name", "familyForm.carerName"), Map.entry("carers.phone", "familyForm.phone"),
			Map.entry("carers.email", "familyForm.email"), Map.entry("carers.language", "familyForm.language"),
			Map.entry("children.name", "familyForm.childName"), Map.entry("children.birthDate", "familyForm.birthDate"),
			Map.entry("children.living", "familyForm.living"),
			Map.entry("children.livingSince", "familyForm.livingSince"),
			Map.entry("children.livingWith", "familyForm.livingWith"),
			Map.entry("children.email", "familyForm.childEmail"));

	/** "Child 2 — Date of birth" for {@code children[1].birthDate}. */
	static FormErrors.Label label(String field) {
		java.util.regex.Matcher row = ROW_FIELD.matcher(field);
		if (row.matches()) {
			String member = row.group(1).equals("carers") ? "familyForm.carer" : "familyForm.child";
			String fieldLabel = LABELS.get(row.group(1) + "." + row.group(3));
			return new FormErrors.Label("form.rowField",
					new FormErrors.Label(member, Integer.parseInt(row.group(2)) + 1),
					fieldLabel == null ? "" : new FormErrors.Label(fieldLabel));
		}
		return LABELS.containsKey(field) ? new FormErrors.Label(LABELS.get(field)) : null;
	}

	private static void requiredText(FormErrors errors, String field, String value, int max) {
		if (value.isBlank()) {
			errors.add(field, "validation.required");
		}
		else if (value.strip().length() > max) {
			errors.add(field, "validation.tooLong", max);
		}
	}

	private static void optionalText(FormErrors errors, String field, String value, int max) {
		if (value.strip().length() > max) {
			errors.add(field, "validation.tooLong", max);
		}
	}

	private static Optional<LocalDate> date(FormErrors errors, String field, String value, boolean required,
			LocalDate today) {
		return DateInput.pastOrToday(errors, field, value, required, today);
	}

	static boolean validEmail(String email) {
		String e = email.strip();
		return e.length() <= 320 && e.matches("[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+");
	}

	private static CarerRow emptyCarer() {
		return new CarerRow("", "", "", "", "", false);
	}

	private static ChildRow emptyChild() {
		return new ChildRow("", "", "", "", "", "", "", false);
	}

	private static String value(Map<String, String[]> params, String key) {
		String[] values = params.get(key);
		return values == null || values.length == 0 || values[0] == null ? "" : values[0];
	}

	private static boolean hasRow(Map<String, String[]> params, String prefix) {
		return params.keySet().stream().anyMatch(k -> k.startsWith(prefix));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String nz(String value) {
		return value == null ? "" : value;
	}
}
