package dk.pejling.rounds;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the reminder job every {@code pejling.reminders.interval} (15 minutes by default). Off where
 * {@code pejling.reminders.enabled=false} (the tests, which run the job themselves). Every instance
 * of Pejling may run it: the claims in the database keep each reminder to one e-mail.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "pejling.reminders.enabled", havingValue = "true", matchIfMissing = true)
class ReminderScheduling {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderScheduling.class);

    private final ReminderService reminders;

    ReminderScheduling(ReminderService reminders) {
        this.reminders = reminders;
    }

    @Scheduled(fixedDelayString = "${pejling.reminders.interval:PT15M}", initialDelayString = "${pejling.reminders.initial-delay:PT1M}")
    void sendDueReminders() {
        try {
            int sent = reminders.sendDue();
            if (sent > 0) {
                LOG.info("Sent {} reminder(s) of status rounds", sent);
            }
        } catch (RuntimeException e) {
            LOG.warn("The reminder job failed and runs again at its next interval", e);
        }
    }
}
