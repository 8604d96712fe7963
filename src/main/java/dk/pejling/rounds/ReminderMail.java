package dk.pejling.rounds;

import dk.pejling.plan.Initiative;
import dk.pejling.shared.DanishFormat;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The Danish text of a reminder to a unit: the round, the plan, the deadline, what is missing and where to report. */
record ReminderMail(String subject, String body) {

    /** One initiative the unit still owes, and where its report stands. */
    record Owed(Initiative initiative, SubmissionState state) {}

    static ReminderMail of(Round round, String planTitle, String unitName, List<Owed> owed, LocalDate today, String link) {
        String period = DanishFormat.period(round.period());
        String deadline = DanishFormat.longDate(round.deadline());
        long days = ChronoUnit.DAYS.between(today, round.deadline());
        boolean passed = days < 0;
        String subject = (passed ? "Fristen er overskredet: " : "Påmindelse: ") + "statusrunde " + period + " for "
                + planTitle + " (frist " + DanishFormat.date(round.deadline()) + ")";
        StringBuilder s = new StringBuilder();
        s.append("Kære ").append(unitName).append("\n\n");
        if (passed) {
            s.append("Fristen for statusrunden for ").append(period).append(" i planen »").append(planTitle)
                    .append("« var ").append(deadline).append(", og vi mangler stadig jeres indberetning.\n\n");
        } else {
            s.append("Husk at indberette til statusrunden for ").append(period).append(" i planen »").append(planTitle)
                    .append("«. Fristen er ").append(deadline)
                    .append(days == 0 ? " (i dag)" : days == 1 ? " (i morgen)" : " (om " + days + " dage)").append(".\n\n");
        }
        s.append(owed.size() == 1 ? "Det gælder denne indsats:\n" : "Det gælder disse indsatser:\n");
        for (Owed o : owed) {
            Initiative i = o.initiative();
            s.append("- ").append(i.number() == null ? "" : i.number() + ". ").append(i.title()).append(" (")
                    .append(stateText(o.state())).append(")\n");
        }
        s.append("\nIndberet her: ").append(link).append("\n\n");
        s.append("Venlig hilsen\nPejling\n\n");
        s.append("Denne e-mail er sendt automatisk, fordi jeres enhed indberetter til runden. Er indberetningen sendt, kan"
                + " I se bort fra den.\n");
        return new ReminderMail(subject, s.toString());
    }

    private static String stateText(SubmissionState state) {
        return switch (state) {
            case NOT_STARTED -> "ikke påbegyndt";
            case IN_PROGRESS -> "påbegyndt, ikke indsendt";
            case RETURNED -> "sendt retur til rettelse";
            case SUBMITTED -> "indsendt";
            case APPROVED -> "godkendt";
        };
    }
}
