package dk.pejling.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** When a reminder rule goes out, relative to a deadline of 31 January 2022, and how it reads in Danish. */
class ReminderRuleTest {

    private static final LocalDate DEADLINE = LocalDate.of(2022, 1, 31);

    @Test
    void aRuleBeforeTheDeadlineIsDueFromItsDayUntilTheDeadline() {
        ReminderRule week = rule(ReminderRule.Timing.BEFORE, 7);
        assertThat(week.dueFrom(DEADLINE)).isEqualTo(LocalDate.of(2022, 1, 24));
        assertThat(week.isDue(DEADLINE, LocalDate.of(2022, 1, 23))).isFalse();
        assertThat(week.isDue(DEADLINE, LocalDate.of(2022, 1, 24))).isTrue();
        assertThat(week.isDue(DEADLINE, DEADLINE)).isTrue(); // a rule added late still reminds
        assertThat(week.isDue(DEADLINE, DEADLINE.plusDays(1))).isFalse();
        assertThat(week.text()).isEqualTo("7 dage før fristen");
    }

    @Test
    void aRuleAfterTheDeadlineIsDueFromItsDayOn() {
        ReminderRule passed = rule(ReminderRule.Timing.AFTER, 1);
        assertThat(passed.isDue(DEADLINE, DEADLINE)).isFalse(); // the deadline's own day is still in time
        assertThat(passed.isDue(DEADLINE, DEADLINE.plusDays(1))).isTrue();
        assertThat(passed.isDue(DEADLINE, DEADLINE.plusDays(30))).isTrue();
        assertThat(passed.text()).isEqualTo("1 dag efter fristen");
    }

    private static ReminderRule rule(ReminderRule.Timing timing, int days) {
        return new ReminderRule(1, 1, timing, days, "planlaegger", OffsetDateTime.parse("2022-01-01T00:00:00Z"));
    }
}
