package dk.pejling.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The plain rules of a round: the report's states, numbers as typed in Danish, and breakdowns. */
class RoundRulesTest {

    @Test
    void aReportIsEditedUntilSubmittedThenApprovedOrReturnedAndAReturnedOneIsSubmittedAgain() {
        assertThat(SubmissionState.NOT_STARTED.afterSave()).isEqualTo(SubmissionState.IN_PROGRESS);
        assertThat(SubmissionState.IN_PROGRESS.submit()).isEqualTo(SubmissionState.SUBMITTED);
        assertThat(SubmissionState.SUBMITTED.sendBack()).isEqualTo(SubmissionState.RETURNED);
        assertThat(SubmissionState.RETURNED.editable()).isTrue();
        assertThat(SubmissionState.RETURNED.submit()).isEqualTo(SubmissionState.SUBMITTED);
        assertThat(SubmissionState.SUBMITTED.approve()).isEqualTo(SubmissionState.APPROVED);
        assertThat(SubmissionState.APPROVED.editable()).isFalse();
        assertThatThrownBy(SubmissionState.APPROVED::submit).hasMessageContaining("godkendt");
        assertThatThrownBy(SubmissionState.IN_PROGRESS::approve).hasMessage("Kun en indsendt indberetning kan godkendes.");
        assertThatThrownBy(RoundState.CLOSED::close).hasMessage("Runden er allerede lukket.");
    }

    @Test
    void readsNumbersAsDanesTypeThem() {
        assertThat(DanishNumbers.parse("1.500")).isEqualByComparingTo("1500");
        assertThat(DanishNumbers.parse("43,5")).isEqualByComparingTo("43.5");
        assertThat(DanishNumbers.parse("1.234,5")).isEqualByComparingTo("1234.5");
        assertThat(DanishNumbers.parse("12.5")).isEqualByComparingTo("12.5");
        assertThat(DanishNumbers.parse("mange")).isNull();
        assertThat(DanishNumbers.parse(" ")).isNull();
    }

    @Test
    void readsABreakdownInOrderAndSaysWhichLineDoesNotRead() {
        EntryValues v = new EntryValues(null, null, null, "Kvinder: 12\nMænd: 7,5", null, null, null, null, null, null);
        assertThat(v.breakdownMap()).containsExactly(
                java.util.Map.entry("Kvinder", new BigDecimal("12")), java.util.Map.entry("Mænd", new BigDecimal("7.5")));
        EntryValues bad = new EntryValues(null, null, null, "Kvinder: 12\nMænd", null, null, null, null, null, null);
        assertThatThrownBy(bad::breakdownMap).hasMessageContaining("linje 2 (»Mænd«)");
    }

    @Test
    void saysWhatChangedFieldByFieldInDanish() {
        EntryValues before = new EntryValues(new BigDecimal("410"), null, null, null, null, null, null, null, null, null);
        EntryValues after = new EntryValues(new BigDecimal("412.0"), null, null, null, null, null, null, null, "Rettet", null);
        assertThat(after.changesFrom(before)).containsExactly(
                new EntryValues.Change("Værdi", "410", "412"), new EntryValues.Change("Bemærkning", "", "Rettet"));
    }
}
