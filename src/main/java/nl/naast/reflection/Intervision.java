package nl.naast.reflection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.naast.audit.AuditAction;
import nl.naast.audit.AuditLog;
import nl.naast.family.FamilyFiles;
import nl.naast.family.FamilyIdentifiers;
import nl.naast.family.FamilySummary;
import nl.naast.identity.AccountSummary;
import nl.naast.identity.Accounts;
import nl.naast.identity.CurrentUser;
import nl.naast.reflection.IntervisionSession.Participant;
import nl.naast.shared.DisplayTime;
import nl.naast.shared.Ids;
import nl.naast.shared.NotFoundException;
import nl.naast.shared.web.DateInput;
import nl.naast.shared.web.FormErrors;
import nl.naast.shared.web.TextInput;

/**
 * Intervision: a professional prepares a case question with a summary that does not point
 * at the family, and brings it to a session. A session is seen by its participants and
 * nobody else.
 */
@Service
public class Intervision {

	static final int LIST_LIMIT = 50;

	private final ReflectionRepository repository;

	private final Accounts accounts;

	private final FamilyFiles families;

	private final FamilyIdentifiers identifiers;

	private final AuditLog audit;

	private final Clock clock;

	Intervision(ReflectionRepository repository, Accounts accounts, FamilyFiles families, FamilyIdentifiers identifiers,
			AuditLog audit, Clock clock) {
		this.repository = repository;
		this.accounts = accounts;
		this.families = families;
		this.identifiers = identifiers;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The intervision page: one's own case questions (with their family link), the
	 * sessions one takes part in, colleagues to invite and families to link.
	 */
	public record Overview(List<CaseQuestion> questions, List<IntervisionSession> sessions,
			List<AccountSummary> colleagues, List<FamilySummary> families, LocalDate today) {

		/** Sessions that a question can still be brought to. */
		public List<IntervisionSession> upcoming() {
			return sessions.stream().filter(s -> !s.heldOn().isBefore(today)).toList();
		}

	}

	@Transactional
	public Overview overview() {
		CurrentUser me = Professionals.current(accounts);
		Professionals.record(audit, me, "reflection.intervision", AuditAction.LIST);
		List<FamilySummary> mine = families.myFamiliesToLink();
		List<CaseQuestion> own = repository.questionsOf(me.accountId(), LIST_LIMIT);
		Map<UUID, String> names = families.namesToLink(DoubtJournal.linked(own.stream().map(CaseQuestion::familyId)));
		List<CaseQuestion> questions = own.stream()
			.map(q -> new CaseQuestion(q.id(), q.authorName(), q.familyId(),
					q.familyId() == null ? null : names.get(q.familyId()), q.question(), q.summary(), q.sessionId(),
					q.sessionTopic(), q.createdAt()))
			.toList();
		return new Overview(questions, repository.sessionsOf(me.accountId(), LIST_LIMIT), accounts.colleagues(), mine,
				DisplayTime.today(clock));
	}

	@Transactional
	public FormErrors prepare(String question, String summary, String family, String session, boolean confirmed) {
		CurrentUser me = Professionals.current(accounts);
		FormErrors errors = FormErrors.none();
		TextInput.check(errors, "question", question, true, 1000);
		TextInput.check(errors, "summary", summary, true, 4000);
		UUID familyId = DoubtJournal.familyLink(errors, families, family);
		UUID sessionId = null;
		if (session != null && !session.isBlank()) {
			Optional<UUID> id = Ids.parse(session.strip());
			if (id.isEmpty() || repository.session(id.get(), me.accountId()).isEmpty()) {
				errors.add("session", "reflection.validation.session");
			}
			else {
				sessionId = id.get();
			}
		}
		if (errors.isEmpty()) {
			IdentifierCheck.warn(identifiers, errors, familyId, confirmed, question, summary);
		}
		if (errors.isEmpty()) {
			repository.insertQuestion(Ids.next(), me.accountId(), me.displayName(), familyId, question.strip(),
					summary.strip(), sessionId, Instant.now(clock));
			Professionals.record(audit, me, "reflection.case-question", AuditAction.CREATE);
		}
		return errors;
	}

	/**
	 * Plans a session with colleagues of one's own organisation; the planner takes part.
	 */
	@Transactional
	public FormErrors plan(String heldOn, String topic, List<String> participants) {
		CurrentUser me = Professionals.current(accounts);
		FormErrors errors = FormErrors.none();
		Optional<LocalDate> day = DateInput.anyDate(errors, "heldOn", heldOn);
		if (day.isEmpty() && !errors.has("heldOn")) {
			errors.add("heldOn", "validation.required");
		}
		TextInput.check(errors, "topic", topic, true, 200);
		Map<UUID, AccountSummary> colleagues = new java.util.HashMap<>();
		accounts.colleagues().forEach(c -> colleagues.put(c.id(), c));
		Set<UUID> chosen = new LinkedHashSet<>();
		for (String p : participants == null ? List.<String>of() : participants) {
			Optional<UUID> id = Ids.parse(p);
			if (id.isEmpty() || !colleagues.containsKey(id.get())) {
				errors.add("participants", "reflection.validation.participant");
			}
			else {
				chosen.add(id.get());
			}
		}
		if (chosen.isEmpty() && !errors.has("participants")) {
			errors.add("participants", "reflection.validation.participants");
		}
		if (errors.isEmpty()) {
			List<Participant> people = new ArrayList<>();
			people.add(new Participant(me.accountId(), me.displayName()));
			chosen.forEach(id -> people.add(new Participant(id, colleagues.get(id).displayName())));
			repository.insertSession(Ids.next(), me.accountId(), day.get(), topic.strip(), people, Instant.now(clock));
			Professionals.record(audit, me, "reflection.session", AuditAction.CREATE);
		}
		return errors;
	}

	@Transactional
	public IntervisionSession session(UUID id) {
		CurrentUser me = Professionals.current(accounts);
		IntervisionSession session = repository.session(id, me.accountId())
			.orElseThrow(() -> new NotFoundException("No session " + id));
		Professionals.record(audit, me, "reflection.session", AuditAction.VIEW);
		return session;
	}

	/** One's own questions that can still be brought to a session. */
	@Transactional(readOnly = true)
	public List<CaseQuestion> waiting() {
		CurrentUser me = Professionals.current(accounts);
		return repository.questionsOf(me.accountId(), LIST_LIMIT).stream().filter(q -> q.sessionId() == null).toList();
	}

	/**
	 * What was asked and learned, written by any participant and read by all of them: it
	 * must not point at a family, in particular not at the families of the questions
	 * brought to the session, unless the writer confirms it does not.
	 */
	@Transactional
	public FormErrors record(UUID id, String questionsAsked, String learned, int version, boolean confirmed) {
		CurrentUser me = Professionals.current(accounts);
		repository.session(id, me.accountId()).orElseThrow(() -> new NotFoundException("No session " + id));
		FormErrors errors = FormErrors.none();
		TextInput.check(errors, "questionsAsked", questionsAsked, false, 8000);
		TextInput.check(errors, "learned", learned, false, 8000);
		if (errors.isEmpty()) {
			// checked against the families of the questions brought to this session
			IdentifierCheck.warnCases(identifiers, errors, repository.familiesBroughtTo(id), confirmed, questionsAsked,
					learned);
		}
		if (errors.isEmpty()) {
			repository.recordSession(id, TextInput.clean(questionsAsked), TextInput.clean(learned), version,
					me.accountId(), Instant.now(clock));
			Professionals.record(audit, me, "reflection.session", AuditAction.UPDATE);
		}
		return errors;
	}

	@Transactional
	public FormErrors bring(UUID sessionId, String question) {
		CurrentUser me = Professionals.current(accounts);
		repository.session(sessionId, me.accountId())
			.orElseThrow(() -> new NotFoundException("No session " + sessionId));
		FormErrors errors = FormErrors.none();
		Optional<UUID> id = Ids.parse(question == null ? "" : question.strip());
		if (id.isEmpty() || !repository.bring(id.get(), me.accountId(), sessionId)) {
			errors.add("question", "reflection.validation.question");
		}
		else {
			Professionals.record(audit, me, "reflection.case-question", AuditAction.UPDATE);
		}
		return errors;
	}

}
