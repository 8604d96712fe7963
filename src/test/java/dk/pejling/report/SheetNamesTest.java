package dk.pejling.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Sheet names every spreadsheet opens: Excel refuses a workbook with one bad or repeated name. */
class SheetNamesTest {

    @Test
    void keepsAGoodNameAsItIs() {
        assertThat(new SheetNames().unique("Status 2019-2020")).isEqualTo("Status 2019-2020");
        assertThat(new SheetNames().unique("Økonomi (mio. kr.)")).isEqualTo("Økonomi (mio. kr.)");
    }

    @Test
    void replacesForbiddenCharactersAndCutsAt31() {
        assertThat(new SheetNames().unique("Økonomi: 2019/2020 [kr.]* og deltagere i alt"))
                .isEqualTo("Økonomi 2019 2020 kr. og deltag")
                .hasSize(31);
        assertThat(new SheetNames().unique("a?b\\c")).isEqualTo("a b c");
    }

    @Test
    void numbersANameThatIsTakenWhateverItsCase() {
        SheetNames names = new SheetNames();
        assertThat(names.unique("Mål")).isEqualTo("Mål");
        assertThat(names.unique("MÅL")).isEqualTo("MÅL (2)");
        assertThat(names.unique("mål")).isEqualTo("mål (3)");
        String longName = "Indsatser og mål i handleplanen for 2019";
        assertThat(names.unique(longName)).isEqualTo("Indsatser og mål i handleplanen");
        assertThat(names.unique(longName)).isEqualTo("Indsatser og mål i handlepl (2)");
    }

    @Test
    void givesEmptyApostropheAndReservedNamesAName() {
        SheetNames names = new SheetNames();
        assertThat(names.unique("  ")).isEqualTo("Tabel");
        assertThat(names.unique("'Status'")).isEqualTo("Status");
        assertThat(names.unique("History")).isEqualTo("History (2)");
        assertThat(names.unique("[]")).isEqualTo("Tabel (2)");
    }

    @Test
    void anyNamesBecomeValidAndUnique() {
        Gen<String> anyText = strings().allPossible().ofLengthBetween(0, 45);
        Gen<String> sheety = strings().betweenCodePoints(0x20, 0x7E).ofLengthBetween(0, 40);
        qt().withExamples(300).forAll(lists().of(anyText.mix(sheety)).ofSizeBetween(1, 12)).check(wanted -> {
            SheetNames names = new SheetNames();
            Set<String> seen = new HashSet<>();
            for (String name : wanted.stream().map(names::unique).toList()) {
                if (!valid(name) || !seen.add(name.toLowerCase(Locale.ROOT))) {
                    return false;
                }
            }
            return true;
        });
    }

    private static boolean valid(String name) {
        return !name.isEmpty()
                && name.length() <= 31
                && name.chars().noneMatch(c -> "[]:*?/\\".indexOf(c) >= 0 || Character.isISOControl(c))
                && !name.startsWith("'")
                && !name.endsWith("'")
                && !name.equalsIgnoreCase("history")
                && name.equals(XmlText.clean(name))
                && !Character.isHighSurrogate(name.charAt(name.length() - 1));
    }

}
