package nl.naast.shared;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Daily and frequent jobs (reminders, sending mail) run on a schedule; tests switch the
 * schedule off and call the jobs themselves, with a clock they control.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "naast.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {

}
