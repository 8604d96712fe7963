package dk.pejling.plan;

import dk.pejling.shared.Period;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Numbered work of a plan (indsats) with its goals, money, narratives and remarks; {@code origin}
 * links an initiative adopted from a catalogue back to its catalogue entry.
 */
public record Initiative(
        String id,
        @Nullable String number,
        String title,
        @Nullable InitiativeStatus status,
        @Nullable Period start,
        @Nullable Period end,
        boolean evidenceBased,
        @Nullable String text,
        @Nullable String inspiration,
        @Nullable String effect,
        @Nullable TargetGroup targetGroup,
        @Nullable Financing financing,
        @Nullable PayForResults payForResults,
        List<YearAmount> budget,
        List<String> units,
        List<Funding> funding,
        List<Goal> goals,
        List<Report> reports,
        List<Remark> remarks,
        List<TitledText> texts,
        @Nullable Origin origin) {

    /** The same initiative with another budget. */
    public Initiative withBudget(List<YearAmount> newBudget) {
        return new Initiative(id, number, title, status, start, end, evidenceBased, text, inspiration, effect,
                targetGroup, financing, payForResults, List.copyOf(newBudget), units, funding, goals, reports, remarks,
                texts, origin);
    }

    /** True where the initiative had not begun by the end of the period. */
    public boolean notStartedIn(Period p) {
        return start != null && start.start().isAfter(p.end());
    }
}
