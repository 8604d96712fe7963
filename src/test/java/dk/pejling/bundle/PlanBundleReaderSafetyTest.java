package dk.pejling.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dk.pejling.plan.Plan;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A hostile or broken upload ends quickly with a plain error, never with a stuck or exhausted server. */
class PlanBundleReaderSafetyTest {

    private final PlanBundleReader reader = new PlanBundleReader();

    private List<String> errors(String text, BundleFormat format) {
        return reader.check(text, format).stream().map(BundleError::rendered).toList();
    }

    @Test
    void rejectsBillionLaughsBundleAtItsFirstAlias() {
        StringBuilder yaml = new StringBuilder("format: pejling-plan/1\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 30; i++) {
            String previous = "*a" + (i - 1);
            yaml.append('a').append(i).append(": &a").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, previous))).append("]\n");
        }
        yaml.append("plan: *a29\n");

        List<String> found = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> errors(yaml.toString(), BundleFormat.YAML));

        assertThat(found).containsExactly(
                "line 3, column 10: YAML aliases (*a0) are not allowed in a plan bundle; write the value out");
    }

    @Test
    void rejectsBundleLargerThanTwentyMegabytes() {
        String huge = "format: pejling-plan/1\nplan:\n  text: " + "x".repeat(21 * 1024 * 1024) + "\n";

        assertThat(errors(huge, BundleFormat.YAML)).containsExactly("the bundle is larger than 20 MB");
        assertThat(reader.check(huge.getBytes(StandardCharsets.UTF_8), BundleFormat.YAML))
                .extracting(BundleError::rendered)
                .containsExactly("the bundle is larger than 20 MB");
    }

    @Test
    void rejectsBundleNestedDeeperThanAPlanCouldBe() {
        String deep = "[".repeat(500) + "]".repeat(500);

        assertThat(errors(deep, BundleFormat.JSON)).containsExactly("the bundle is nested deeper than 200 levels");
        assertThat(errors(deep, BundleFormat.YAML)).containsExactly("the bundle is nested deeper than 200 levels");
    }

    @Test
    void rejectsNumberWithAHugeExponentWithoutExpandingIt() {
        String bundle = PlanBundleReaderErrorsTest.VALID.replace("value: 10}", "value: 1e999999999}");

        List<String> found = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> errors(bundle, BundleFormat.YAML));

        assertThat(found).containsExactly(
                "plan.sections[0].initiatives[0].goals[0].targets[0].value: 1E+999999999 is too large (at most 18 digits)");
    }

    @Test
    void reportsJsonSyntaxErrorWithLineAndColumn() {
        assertThat(errors("{\"format\": \"pejling-plan/1\",\n \"plan\": {\"id\": \"p\",,}}", BundleFormat.JSON))
                .singleElement()
                .asString()
                .isEqualTo("line 2, column 21: Unexpected character (',' (code 44)): was expecting double-quote to start property name");
    }

    @Test
    void rejectsEmptyBundleAndMoreThanOneYamlDocument() {
        assertThat(errors("", BundleFormat.YAML)).containsExactly("the bundle is empty");
        assertThat(errors("# nothing but a comment\n", BundleFormat.YAML)).containsExactly("the bundle is empty");
        assertThat(errors(PlanBundleReaderErrorsTest.VALID + "---\nformat: pejling-plan/1\n", BundleFormat.YAML))
                .containsExactly("a plan bundle is one YAML document; remove the second (---)");
    }

    @Test
    void rejectsBytesThatAreNotUtf8AndAcceptsAByteOrderMark() {
        byte[] latin1 = PlanBundleReaderErrorsTest.VALID.getBytes(StandardCharsets.ISO_8859_1);
        assertThat(reader.check(latin1, BundleFormat.YAML))
                .extracting(BundleError::rendered)
                .containsExactly("the bundle is not UTF-8 text");

        byte[] utf8 = PlanBundleReaderErrorsTest.VALID.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        Plan plan = reader.read(withBom, BundleFormat.YAML);
        assertThat(plan.units().get(0).name()).isEqualTo("JC Musvågevej");
    }

    @Test
    void readsTextWithCharactersOutsideTheBmpWhereverTheyFallInTheText() {
        // The YAML scanner reads 1024 characters at a time; an emoji may straddle that boundary.
        for (int padding = 900; padding < 1100; padding++) {
            String title = "x".repeat(padding) + " 😀 æøå";
            String bundle = PlanBundleReaderErrorsTest.VALID.replace("  title: Plan\n", "  title: " + title + "\n");

            assertThat(reader.read(bundle, BundleFormat.YAML).title()).isEqualTo(title);
        }
    }
}
