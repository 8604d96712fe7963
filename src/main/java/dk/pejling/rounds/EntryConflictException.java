package dk.pejling.rounds;

import dk.pejling.shared.DanishFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A save based on a version that another person has since replaced. Nothing was saved; {@code
 * current} is the entry as it stands now and {@code changes} what the others changed since the
 * version the writer saw.
 */
public class EntryConflictException extends RuntimeException {

    private final Entry current;
    private final long basedOn;
    private final List<EntryValues.Change> changes;

    public EntryConflictException(Entry current, long basedOn, List<EntryValues.Change> changes) {
        super(message(current, changes));
        this.current = current;
        this.basedOn = basedOn;
        this.changes = List.copyOf(changes);
    }

    public Entry current() {
        return current;
    }

    public long basedOn() {
        return basedOn;
    }

    public List<EntryValues.Change> changes() {
        return changes;
    }

    private static String message(Entry current, List<EntryValues.Change> changes) {
        String who = current.changedBy() == null ? "En anden" : current.changedBy();
        String when = current.changedAt() == null ? "" : " " + DanishFormat.date(current.changedAt().toLocalDate())
                + " kl. " + String.format("%02d:%02d", current.changedAt().getHour(), current.changedAt().getMinute());
        String what = changes.isEmpty()
                ? ""
                : ": " + changes.stream()
                        .map(c -> c.field() + " fra »" + c.before() + "« til »" + c.after() + "«")
                        .collect(Collectors.joining("; "));
        return "Ikke gemt: " + who + " har gemt en nyere udgave" + when + what
                + ". Se deres tal, og gem igen, hvis dine skal gælde.";
    }
}
