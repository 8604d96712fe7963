package dk.pejling.report;

import dk.pejling.plan.DocumentInfo;
import dk.pejling.plan.Plan;
import dk.pejling.shared.DanishFormat;
import dk.pejling.shared.Period;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The annex mark, title and heading lines of a document. A plan imported from a committee document
 * keeps that document's heading ({@code plan.document}); it is used where the document asked for is
 * that one again (its type and its periods), and otherwise a title is made from the plan and periods,
 * so that a status for 2020 alone is never headed "Status 2019-2020".
 */
record DocumentHeading(@Nullable String label, String title, List<String> meta) {

    static DocumentHeading of(
            Plan plan, DocumentType type, List<Period> periods, List<Period> defaultPeriods, String madeTitle) {
        DocumentInfo info = plan.document();
        boolean same = info != null
                && type == DocumentTypes.suggestedFor(plan)
                && periods.equals(defaultPeriods);
        if (!same || info == null) {
            return new DocumentHeading(null, madeTitle, List.of());
        }
        List<String> meta = new ArrayList<>();
        if (info.date() != null) {
            meta.add("Dato: " + DanishFormat.date(info.date()));
        }
        if (info.caseNumber() != null) {
            meta.add("Sagsnr.: " + info.caseNumber());
        }
        if (info.documentNumber() != null) {
            meta.add("Dok.nr.: " + info.documentNumber());
        }
        return new DocumentHeading(info.label(), info.title() != null ? info.title() : madeTitle, meta);
    }

    DocumentHeading withMeta(String line) {
        List<String> more = new ArrayList<>(meta);
        more.add(line);
        return new DocumentHeading(label, title, List.copyOf(more));
    }

    /** {@code 2019-2020} for consecutive years, else the periods named one by one: {@code 2019 og 2021}. */
    static String periodsText(List<Period> periods) {
        if (periods.isEmpty()) {
            return "";
        }
        boolean consecutiveYears = periods.size() > 1 && periods.stream().allMatch(Period::isYear);
        for (int i = 1; consecutiveYears && i < periods.size(); i++) {
            consecutiveYears = periods.get(i).year() == periods.get(i - 1).year() + 1;
        }
        if (consecutiveYears) {
            return periods.get(0).year() + "-" + periods.get(periods.size() - 1).year();
        }
        List<String> names = periods.stream().map(DanishFormat::period).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " og " + names.get(names.size() - 1);
    }
}
