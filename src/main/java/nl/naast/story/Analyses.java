package nl.naast.story;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.naast.access.FamilyAccess;
import nl.naast.access.FamilyGrant;
import nl.naast.access.FilePart;
import nl.naast.access.RelationshipKind;
import nl.naast.audit.AuditAction;
import nl.naast.audit.AuditEntry;
import nl.naast.audit.AuditLog;
import nl.naast.audit.AuditOutcome;
import nl.naast.family.FamilyDirectory;
import nl.naast.plan.GoalForm;
import nl.naast.plan.Plans;
import nl.naast.shared.ConcurrentEditException;
import nl.naast.shared.Ids;
import nl.naast.shared.NotFoundException;
import nl.naast.shared.web.FormErrors;
import nl.naast.shared.web.TextInput;
import nl.naast.story.AnalysisParts.Explanation;
import nl.naast.story.AnalysisParts.Factor;
import nl.naast.story.AnalysisParts.FactorKind;
import nl.naast.story.AnalysisParts.Link;
import nl.naast.story.AnalysisParts.Possibility;
import nl.naast.story.AnalysisParts.Question;
import nl.naast.story.AnalysisParts.QuestionStatus;
import nl.naast.story.AnalysisParts.Version;

/**
 * The explanatory analysis (verklarende analyse), made in sessions with the family: what
 * weighs and what protects, backed by events of the story; what contributed to what, and
 * who says so, with vicious circles named; what we do not know yet; the explanation in
 * two voices; and what becomes possible, turned into goals of the plan.
 */
@Service
public class Analyses {

	/** The events offered as evidence and in links: the most recent ones. */
	static final int EVENTS_TO_CHOOSE = 300;

	private final AnalysisRepository analysis;

	private final StoryRepository story;

	private final FamilyAccess access;

	private final FamilyDirectory directory;

	private final AuditLog audit;

	private final Plans plans;

	private final MessageSource messages;

	private final Clock clock;

	Analyses(AnalysisRepository analysis, StoryRepository story, FamilyAccess access, FamilyDirectory directory,
			AuditLog audit, Plans plans, MessageSource messages, Clock clock) {
		this.analysis = analysis;
		this.story = story;
		this.access = access;
		this.directory = directory;
		this.audit = audit;
		this.plans = plans;
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional
	public AnalysisView view(UUID familyId) {
		FamilyGrant grant = access.require(familyId, FilePart.ANALYSIS, AuditAction.VIEW, "family.analysis");
		return view(grant);
	}

	private AnalysisView view(FamilyGrant grant) {
		UUID familyId = grant.familyId();
		List<Factor> all = analysis.factors(familyId);
		List<Factor> factors = all.stream().filter(f -> !f.removed()).toList();
		List<Link> links = analysis.links(familyId).stream().filter(l -> l.removedAt() == null).toList();
		// the story and the analysis are opened separately: without the story, its events
		// show only as "an event from the story"
		List<Entry> events = readsStory(familyId) ? story.all(familyId) : List.of();
		Map<UUID, String> labels = new LinkedHashMap<>();
		events.forEach(e -> labels.put(e.id(), eventLabel(e)));
		String hidden = text("analysis.hiddenEvent");
		links.forEach(l -> {
			labels.putIfAbsent(l.fromId(), hidden);
			labels.putIfAbsent(l.toId(), hidden);
		});
		all.forEach(f -> f.evidence().forEach(e -> labels.putIfAbsent(e, hidden)));
		all.forEach(f -> labels.put(f.id(), f.name()));
		List<List<UUID>> circles = Cycles.find(links.stream().map(l -> new Cycles.Edge(l.fromId(), l.toId())).toList());
		List<Entry> newestFirst = new ArrayList<>(events);
		java.util.Collections.reverse(newestFirst);
		return new AnalysisView(familyId, directory.name(familyId), grant.relationship(), factors,
				all.stream().filter(Factor::removed).toList(), links, circles, analysis.questions(familyId),
				analysis.explanation(familyId), analysis.possibilities(familyId), analysis.versions(familyId), labels,
				newestFirst.stream().limit(EVENTS_TO_CHOOSE).toList(),
				AnalysisPicture.draw(factors, links, circles, labels, "picture-caption", text("analysis.picture")),
				access.may(familyId, FilePart.ANALYSIS, AuditAction.CREATE),
				access.may(familyId, FilePart.ANALYSIS, AuditAction.UPDATE));
	}

	/** "juni 2019: Bilal ging naar het pleeggezin" in at most 60 characters. */
	static String eventLabel(Entry e) {
		String what = e.what().replaceAll("\\s+", " ");
		String label = (e.when().known() ? e.when().typed() + ": " : "") + what;
		return label.length() > 60 ? label.substring(0, 59) + "…" : label;
	}

	/** A factor, stressor or protective, with the events that show it. */
	@Transactional
	public FormErrors addFactor(UUID familyId, String kind, String name, String description, List<String> evidence) {
		FamilyGrant grant = editor(familyId, AuditAction.CREATE);
		FormErrors errors = errors();
		Optional<FactorKind> chosen = Arrays.stream(FactorKind.values()).filter(k -> k.name().equals(kind)).findFirst();
		if (chosen.isEmpty()) {
			errors.add("kind", "validation.choose");
		}
		TextInput.check(errors, "name", name, true, 200);
		TextInput.check(errors, "description", description, false, 2000);
		List<UUID> entries = entries(familyId, evidence, errors);
		if (!errors.isEmpty()) {
			return errors;
		}
		Factor factor = new Factor(Ids.next(), chosen.get(), name.strip(), TextInput.clean(description),
				grant.displayName(), clock.instant(), null, null, List.of());
		analysis.insert(familyId, factor);
		entries.forEach(e -> analysis.addEvidence(familyId, factor.id(), e));
		record(grant, AuditAction.CREATE);
		return errors;
	}

	/** More events that show a factor. */
	@Transactional
	public FormErrors addEvidence(UUID familyId, UUID factorId, List<String> evidence) {
		FamilyGrant grant = editor(familyId, AuditAction.CREATE);
		activeFactor(familyId, factorId);
		FormErrors errors = errors();
		List<UUID> entries = entries(familyId, evidence, errors);
		if (entries.isEmpty() && errors.isEmpty()) {
			errors.add("evidence", "validation.choose");
		}
		if (errors.isEmpty()) {
			entries.forEach(e -> analysis.addEvidence(familyId, factorId, e));
			record(grant, AuditAction.CREATE);
		}
		return errors;
	}

	/**
	 * Removes a factor. One with links is removed only when {@code confirmed}: the caller
	 * asks first. The factor and its links stay in the history.
	 * @return false when it has links and was not confirmed
	 */
	@Transactional
	public boolean removeFactor(UUID familyId, UUID factorId, boolean confirmed) {
		FamilyGrant grant = editor(familyId, AuditAction.UPDATE);
		shaper(grant);
		activeFactor(familyId, factorId);
		boolean linked = analysis.links(familyId)
			.stream()
			.anyMatch(l -> l.removedAt() == null && (l.fromId().equals(factorId) || l.toId().equals(factorId)));
		if (linked && !confirmed) {
			return false;
		}
		analysis.removeFactor(familyId, factorId, grant.displayName(), clock.instant());
		record(grant, AuditAction.UPDATE);
		return true;
	}

	/** "This contributed to that", between factors and events, and who says so. */
	@Transactional
	public FormErrors link(UUID familyId, String from, String to, String saysWho, String note) {
		FamilyGrant grant = editor(familyId, AuditAction.CREATE);
		FormErrors errors = errors();
		Set<UUID> known = new java.util.HashSet<>();
		analysis.factors(familyId).stream().filter(f -> !f.removed()).forEach(f -> known.add(f.id()));
		if (readsStory(familyId)) {
			story.all(familyId).forEach(e -> known.add(e.id()));
		}
		Optional<UUID> cause = Ids.parse(from).filter(known::contains);
		Optional<UUID> effect = Ids.parse(to).filter(known::contains);
		if (cause.isEmpty()) {
			errors.add("from", "validation.choose");
		}
		if (effect.isEmpty()) {
			errors.add("to", "validation.choose");
		}
		if (cause.isPresent() && cause.equals(effect)) {
			errors.add("to", "analysis.validation.self");
		}
		TextInput.check(errors, "saysWho", saysWho, false, 200);
		TextInput.check(errors, "note", note, false, 1000);
		if (!errors.isEmpty()) {
			return errors;
		}
		String who = TextInput.clean(saysWho) == null ? grant.displayName() : saysWho.strip();
		analysis.insert(familyId, new Link(Ids.next(), cause.get(), effect.get(), who, TextInput.clean(note),
				grant.displayName(), clock.instant(), null));
		record(grant, AuditAction.CREATE);
		return errors;
	}

	@Transactional
	public void unlink(UUID familyId, UUID linkId) {
		FamilyGrant grant = editor(familyId, AuditAction.UPDATE);
		shaper(grant);
		analysis.links(familyId)
			.stream()
			.filter(l -> l.id().equals(linkId) && l.removedAt() == null)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No link"));
		analysis.removeLink(familyId, linkId, grant.displayName(), clock.instant());
		record(grant, AuditAction.UPDATE);
	}

	/** What we do not know yet, and who could know. */
	@Transactional
	public FormErrors ask(UUID familyId, String question, String whoCouldKnow) {
		FamilyGrant grant = editor(familyId, AuditAction.CREATE);
		FormErrors errors = errors();
		TextInput.check(errors, "question", question, true, 1000);
		TextInput.check(errors, "whoCouldKnow", whoCouldKnow, false, 300);
		if (errors.isEmpty()) {
			analysis.insert(familyId, new Question(Ids.next(), question.strip(), TextInput.clean(whoCouldKnow),
					QuestionStatus.OPEN, null, grant.displayName(), clock.instant(), 0));
			record(grant, AuditAction.CREATE);
		}
		return errors;
	}

	@Transactional
	public FormErrors updateQuestion(UUID familyId, UUID questionId, String status, String answer, int version) {
		FamilyGrant grant = editor(familyId, AuditAction.UPDATE);
		shaper(grant);
		analysis.questions(familyId)
			.stream()
			.filter(q -> q.id().equals(questionId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No question"));
		FormErrors errors = errors();
		Optional<QuestionStatus> chosen = Arrays.stream(QuestionStatus.values())
			.filter(s -> s.name().equals(status))
			.findFirst();
		if (chosen.isEmpty()) {
			errors.add("status", "validation.choose");
		}
		TextInput.check(errors, "answer", answer, chosen.orElse(null) == QuestionStatus.ANSWERED, 2000);
		if (errors.isEmpty()) {
			analysis.updateQuestion(familyId, questionId, chosen.get(), TextInput.clean(answer), version);
			record(grant, AuditAction.UPDATE);
		}
		return errors;
	}

	/** The family writes the explanation in its words; the coordinator in the team's. */
	@Transactional
	public FormErrors explain(UUID familyId, String words, int version) {
		FamilyGrant grant = editor(familyId, AuditAction.UPDATE);
		if (grant.relationship() != RelationshipKind.PARENT && grant.relationship() != RelationshipKind.COORDINATOR) {
			throw new NotFoundException("The family and the coordinator explain");
		}
		FormErrors errors = errors();
		TextInput.check(errors, "words", words, true, 4000);
		if (errors.isEmpty()) {
			analysis.saveExplanation(familyId, grant.relationship() == RelationshipKind.PARENT, words.strip(),
					grant.displayName(), version);
			record(grant, AuditAction.UPDATE);
		}
		return errors;
	}

	/** What becomes possible now. */
	@Transactional
	public FormErrors addPossibility(UUID familyId, String what) {
		FamilyGrant grant = editor(familyId, AuditAction.CREATE);
		FormErrors errors = errors();
		TextInput.check(errors, "what", what, true, 500);
		if (errors.isEmpty()) {
			analysis.insert(familyId,
					new Possibility(Ids.next(), what.strip(), null, grant.displayName(), clock.instant(), 0));
			record(grant, AuditAction.CREATE);
		}
		return errors;
	}

	/**
	 * Turns a new possibility into a goal of the plan in one go; a goal the coordinator
	 * sets this way waits for a parent's agreement, as every professional's goal does.
	 */
	@Transactional
	public FormErrors makeGoal(UUID familyId, UUID possibilityId, String horizon, int version) {
		FamilyGrant grant = editor(familyId, AuditAction.UPDATE);
		shaper(grant);
		Possibility possibility = analysis.possibilities(familyId)
			.stream()
			.filter(p -> p.id().equals(possibilityId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No possibility"));
		if (possibility.goalId() != null || possibility.version() != version) {
			throw new ConcurrentEditException("Possibility changed meanwhile");
		}
		Plans.GoalAdded added = plans.addGoalFor(familyId, new GoalForm(horizon, possibility.what(), "", ""));
		FormErrors errors = errors();
		if (!added.errors().isEmpty()) {
			errors.add("horizon",
					added.errors().has("horizon") ? "analysis.validation.horizon" : "analysis.validation.goalRefused");
			return errors;
		}
		analysis.linkGoal(familyId, possibilityId, added.goalId(), version);
		record(grant, AuditAction.UPDATE);
		return errors;
	}

	/**
	 * Keeps the analysis as it reads now, dated, so the family later sees how the
	 * understanding changed.
	 */
	@Transactional
	public FormErrors saveVersion(UUID familyId, String note) {
		FamilyGrant grant = editor(familyId, AuditAction.UPDATE);
		shaper(grant);
		FormErrors errors = errors();
		TextInput.check(errors, "note", note, false, 500);
		if (errors.isEmpty()) {
			analysis.insertVersion(familyId, Ids.next(), grant.displayName(), TextInput.clean(note),
					snapshot(view(grant)), clock.instant());
			record(grant, AuditAction.UPDATE);
		}
		return errors;
	}

	@Transactional
	public Version version(UUID familyId, UUID versionId) {
		access.require(familyId, FilePart.ANALYSIS, AuditAction.VIEW, "family.analysis");
		return analysis.version(familyId, versionId).orElseThrow(() -> new NotFoundException("No version"));
	}

	/**
	 * The analysis in plain text: what a version keeps, and the text version of the
	 * picture.
	 */
	String snapshot(AnalysisView view) {
		StringBuilder out = new StringBuilder();
		for (FactorKind kind : FactorKind.values()) {
			out.append(text("analysis.factors." + kind.name())).append('\n');
			for (Factor f : view.factors(kind)) {
				out.append("- ").append(f.name());
				if (f.description() != null) {
					out.append(": ").append(f.description());
				}
				out.append('\n');
				f.evidence().forEach(e -> out.append("    · ").append(view.label(e)).append('\n'));
			}
		}
		out.append('\n').append(text("analysis.links")).append('\n');
		view.links()
			.forEach(l -> out.append("- ")
				.append(view.label(l.fromId()))
				.append(" → ")
				.append(view.label(l.toId()))
				.append(" (")
				.append(text("analysis.saysWho", l.saysWho()))
				.append(")\n"));
		if (!view.circles().isEmpty()) {
			out.append('\n').append(text("analysis.circles")).append('\n');
			view.circles().forEach(c -> out.append("- ").append(view.circle(c)).append('\n'));
		}
		Explanation e = view.explanation();
		out.append('\n')
			.append(text("analysis.explanation.family"))
			.append('\n')
			.append(e.familyWords() == null ? "—" : e.familyWords())
			.append('\n');
		out.append('\n')
			.append(text("analysis.explanation.team"))
			.append('\n')
			.append(e.teamWords() == null ? "—" : e.teamWords())
			.append('\n');
		if (!view.questions().isEmpty()) {
			out.append('\n').append(text("analysis.questions")).append('\n');
			view.questions()
				.forEach(q -> out.append("- ")
					.append(q.question())
					.append(" (")
					.append(text("analysis.status." + q.status().name()))
					.append(")\n"));
		}
		if (!view.possibilities().isEmpty()) {
			out.append('\n').append(text("analysis.possibilities")).append('\n');
			view.possibilities().forEach(p -> out.append("- ").append(p.what()).append('\n'));
		}
		return out.toString();
	}

	private List<UUID> entries(UUID familyId, List<String> chosen, FormErrors errors) {
		if (chosen == null || chosen.isEmpty()) {
			return List.of();
		}
		Set<UUID> known = readsStory(familyId) ? story.all(familyId).stream().map(Entry::id).collect(Collectors.toSet())
				: Set.of();
		List<UUID> ids = chosen.stream()
			.flatMap(c -> Ids.parse(c).stream())
			.filter(known::contains)
			.distinct()
			.toList();
		if (ids.size() != chosen.stream().distinct().count()) {
			errors.add("evidence", "validation.choose");
		}
		return ids;
	}

	/**
	 * Reading the story's events for the analysis is a read of the story, and recorded as
	 * such.
	 */
	private boolean readsStory(UUID familyId) {
		if (!access.may(familyId, FilePart.STORY, AuditAction.VIEW)) {
			return false;
		}
		access.require(familyId, FilePart.STORY, AuditAction.VIEW, "family.story");
		return true;
	}

	private void activeFactor(UUID familyId, UUID factorId) {
		analysis.factors(familyId)
			.stream()
			.filter(f -> f.id().equals(factorId) && !f.removed())
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No factor"));
	}

	private FamilyGrant editor(UUID familyId, AuditAction action) {
		FamilyGrant grant = access.authorise(familyId, FilePart.ANALYSIS, action, "family.analysis");
		if (grant.relationship() == RelationshipKind.YOUTH) {
			throw new NotFoundException("The analysis is made with the parents");
		}
		return grant;
	}

	/**
	 * Removing, answering questions, goals and versions: the parents and the coordinator.
	 */
	private static void shaper(FamilyGrant grant) {
		if (grant.relationship() != RelationshipKind.PARENT && grant.relationship() != RelationshipKind.COORDINATOR) {
			throw new NotFoundException("The family and the coordinator decide");
		}
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	private static FormErrors errors() {
		return FormErrors.labelledBy(field -> new FormErrors.Label("analysis.field." + field));
	}

	private void record(FamilyGrant grant, AuditAction action) {
		audit.record(
				new AuditEntry(grant.actor(), grant.familyId(), "family.analysis", action, AuditOutcome.ALLOWED, null));
	}

}
