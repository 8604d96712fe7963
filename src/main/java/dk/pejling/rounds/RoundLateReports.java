package dk.pejling.rounds;

import dk.pejling.access.Role;
import dk.pejling.plan.LateReports;
import dk.pejling.shared.DanishFormat;
import dk.pejling.shared.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's late units, from the plan's status rounds for the period: every report past its
 * round's deadline that is not yet submitted (or was returned and not sent again), by unit.
 */
@Component
class RoundLateReports implements LateReports {

    // The dashboard is for planners and readers; it asks as the rounds' overview would for a planner.
    private static final Actor OVERSEER = new Actor("dashboard", Role.PLANNER, Set.of());

    private final RoundQueries rounds;

    RoundLateReports(RoundQueries rounds) {
        this.rounds = rounds;
    }

    @Override
    @Transactional(readOnly = true)
    public List<LateReport> lateIn(String planId, Period period) {
        List<LateReport> late = new ArrayList<>();
        for (Round round : rounds.rounds(planId)) {
            // Asked on every dashboard request: a round with nothing overdue is passed over before its overview is built.
            if (!round.period().equals(period) || !rounds.pastDeadline(round)) {
                continue;
            }
            RoundQueries.RoundOverview overview = rounds.overview(OVERSEER, planId, round.id());
            String deadline = DanishFormat.date(round.deadline());
            for (RoundQueries.OverviewRow row : overview.rows()) {
                if (!row.overdue()) {
                    continue;
                }
                String initiative = (row.initiative().number() == null ? "" : row.initiative().number() + ". ")
                        + row.initiative().title();
                List<String> units = row.initiative().units().isEmpty() ? List.of("") : row.initiative().units();
                for (int i = 0; i < units.size(); i++) {
                    String name = i < row.unitNames().size() ? row.unitNames().get(i) : "Ingen enhed";
                    late.add(new LateReport(units.get(i), name, row.initiative().id(),
                            initiative + ": skulle have været indberettet senest " + deadline + "."));
                }
            }
        }
        return late;
    }
}
