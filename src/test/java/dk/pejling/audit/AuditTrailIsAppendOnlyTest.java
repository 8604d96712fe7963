package dk.pejling.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Nothing in Pejling's code or migrations may update or delete a line of the audit trail. */
class AuditTrailIsAppendOnlyTest {

    private static final Pattern CHANGES_AUDIT = Pattern.compile(
            "(?is)(update\\s+audit_entry|delete\\s+from\\s+audit_entry|truncate\\s+(table\\s+)?audit_entry"
                    + "|drop\\s+table\\s+(if\\s+exists\\s+)?audit_entry|alter\\s+table\\s+audit_entry\\s+drop)");

    @Test
    void noSqlInTheApplicationUpdatesOrDeletesAuditEntries() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            offenders = files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().matches(".*\\.(java|sql|xml|properties|yaml|yml)$"))
                    .filter(f -> CHANGES_AUDIT.matcher(read(f)).find())
                    .map(Path::toString)
                    .toList();
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void thePatternWouldCatchAnUpdateOrDelete() {
        assertThat(CHANGES_AUDIT.matcher("jdbc.sql(\"update  audit_entry set actor = 'x'\")").find()).isTrue();
        assertThat(CHANGES_AUDIT.matcher("\"DELETE FROM audit_entry where id = ?\"").find()).isTrue();
        assertThat(CHANGES_AUDIT.matcher("insert into audit_entry (at) values (?)").find()).isFalse();
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
