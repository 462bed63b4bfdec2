package nl.naast.audit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar naast.jar verify-audit}: checks the chain, prints the result, exits 0
 * (intact) or 1.
 */
@Component
class AuditVerifyCommand implements ApplicationRunner {

	private final AuditChain chain;

	private final ApplicationContext context;

	AuditVerifyCommand(AuditChain chain, ApplicationContext context) {
		this.chain = chain;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.getNonOptionArgs().contains("verify-audit")) {
			return;
		}
		ChainVerification result = chain.verify();
		if (result.intact()) {
			System.out.println("Audit chain intact: " + result.checked() + " records checked.");
		}
		else {
			System.out
				.println("Audit chain BROKEN at record " + result.firstBrokenSequence() + ": " + result.problem());
		}
		int code = result.intact() ? 0 : 1;
		System.exit(SpringApplication.exit(context, () -> code));
	}

}
