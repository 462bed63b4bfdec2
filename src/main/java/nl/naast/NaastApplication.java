package nl.naast;

import java.util.Arrays;
import java.util.Map;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Naast: a platform for temporary teams standing beside families, and for the families
 * themselves.
 *
 * <p>
 * Started with {@code verify-audit} as argument, Naast checks the audit hash chain,
 * prints the result and exits, without opening a web port. Started with {@code generate},
 * it fills the database with generated families for load tests and exits the same way.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NaastApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(NaastApplication.class);
		if (Arrays.asList(args).contains("verify-audit") || Arrays.asList(args).contains("generate")) {
			// the security configuration needs a web context: commands keep one, with no
			// port
			application.setDefaultProperties(Map.of("server.port", "-1"));
		}
		application.run(args);
	}

}
