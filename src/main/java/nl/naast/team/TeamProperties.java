package nl.naast.team;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param retentionAfterClosure how long a family's file is kept after the team's work
 * ended. The support team is neither a child protection agency nor a youth care provider,
 * so the Jeugdwet's 20 years do not bind it by law; 20 years is the default so that
 * nothing is destroyed sooner than the chain keeps it. Set it per organisation's own
 * retention decision.
 */
@ConfigurationProperties("naast.team")
public record TeamProperties(Period retentionAfterClosure) {

	public TeamProperties {
		retentionAfterClosure = retentionAfterClosure == null ? Period.ofYears(20) : retentionAfterClosure;
	}

}
