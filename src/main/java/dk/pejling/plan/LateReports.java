package dk.pejling.plan;

import dk.pejling.shared.Period;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who has not reported a plan's figures for a period on time. The status rounds (asking units for
 * figures by a deadline) implement it; the dashboard lists what it says under "Kræver opmærksomhed".
 */
public interface LateReports {

    /** The late reports of a plan in a period, in the order to show them; empty where none is late. */
    List<LateReport> lateIn(String planId, Period period);

    /** A unit that has not reported, for an initiative where the round asks per initiative, and what it owes. */
    record LateReport(String unitId, String unitName, @Nullable String initiativeId, String text) {}
}
