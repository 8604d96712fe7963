package dk.pejling.plan;

import dk.pejling.shared.Period;

/** The span of a plan or grant: from the first day of {@code start} to the last day of {@code end}. */
public record PlanPeriod(Period start, Period end) {

    public boolean contains(Period p) {
        return !p.start().isBefore(start.start()) && !p.end().isAfter(end.end());
    }

    @Override
    @com.fasterxml.jackson.annotation.JsonIgnore
    public String toString() {
        return start + "–" + end;
    }
}
