package dk.pejling.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The revision a client names in If-Match, in each form HTTP allows it to be sent. */
class IfMatchTest {

    @Test
    void readsAQuotedWeakOrBareTagAndTheFirstOfAList() {
        assertThat(IfMatch.revision("\"r1\"")).contains("r1");
        assertThat(IfMatch.revision("W/\"r2\"")).contains("r2");
        assertThat(IfMatch.revision("r3")).contains("r3");
        assertThat(IfMatch.revision("\"r4\", \"r5\"")).contains("r4");
        assertThat(IfMatch.revision("*")).contains("*");
    }

    @Test
    void noHeaderOrABlankOneNamesNoRevision() {
        assertThat(IfMatch.revision(null)).isEmpty();
        assertThat(IfMatch.revision("  ")).isEmpty();
    }
}
