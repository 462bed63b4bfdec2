package nl.naast.retention;

import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The retention classes, each with its period, start point and legal source; never
 * hard-coded, because the law and the DPO's reading of it change.
 *
 * @param cron when the nightly run starts (Europe/Amsterdam)
 * @param classes per class name: duration, start and source
 */
@ConfigurationProperties("naast.retention")
public record RetentionProperties(String cron, Map<String, Entry> classes) {

	public static final String FAMILY_FILE = "family-file";

	public static final String AUDIT_LOG = "audit-log";

	public static final String NOTIFICATIONS = "notifications";

	public static final String MAIL_OUTBOX = "mail-outbox";

	public RetentionProperties {
		classes = classes == null ? new LinkedHashMap<>() : new LinkedHashMap<>(classes);
		classes.putIfAbsent(FAMILY_FILE, new Entry(Period.ofYears(20), "closure", "Jeugdwet art. 7.3.8"));
		classes.putIfAbsent(AUDIT_LOG, new Entry(Period.ofYears(5), "written", "Stcrt. 2019, 38007; NEN 7513 §8.5"));
		classes.putIfAbsent(NOTIFICATIONS, new Entry(Period.ofYears(1), "created", "AVG art. 5(1)(e)"));
		classes.putIfAbsent(MAIL_OUTBOX, new Entry(Period.ofYears(1), "sent", "AVG art. 5(1)(e)"));
	}

	public RetentionClass of(String name) {
		Entry entry = classes.get(name);
		if (entry == null) {
			throw new IllegalArgumentException("No retention class " + name);
		}
		return new RetentionClass(name, entry.duration(), entry.start(), entry.source());
	}

	public List<RetentionClass> all() {
		return classes.keySet().stream().map(this::of).toList();
	}

	/**
	 * @param start what the period counts from: a key of the message bundle under
	 * {@code retention.start.}
	 */
	public record Entry(Period duration, String start, String source) {
	}

}
