package dk.pejling.rounds.web;

import dk.pejling.plan.Assessment;
import dk.pejling.rounds.DanishNumbers;
import dk.pejling.rounds.Entry;
import dk.pejling.rounds.EntryChange;
import dk.pejling.rounds.EntryValues;
import dk.pejling.rounds.RemarkRule;
import dk.pejling.rounds.RoundQueries;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The reporting form of one initiative as text fields: filled from the entries, or from what was
 * posted, and read back into entry changes with a Danish message for each field that does not read.
 * Field names are {@code field.goalId}; the narrative's are {@code narrative}, {@code narrativeAsOf}.
 */
public final class ReportForm {

    static final List<String> GOAL_FIELDS = List.of("value", "of", "display", "breakdown", "asOf", "forecastValue",
            "forecastText", "assessment", "remark", "version");

    public final Map<String, String> fields = new LinkedHashMap<>();
    public final Map<String, String> errors = new LinkedHashMap<>();
    public final Map<String, RemarkRule.Preview> previews = new LinkedHashMap<>();

    static ReportForm of(RoundQueries.InitiativeReport report) {
        ReportForm form = new ReportForm();
        for (RoundQueries.GoalLine line : report.goals()) {
            form.fill(line.goal().id(), line.entry());
            form.previews.put(line.goal().id(), line.preview());
        }
        Entry n = report.narrative();
        form.fields.put("narrative", text(n.values().narrative()));
        form.fields.put("narrativeAsOf", n.values().asOf() == null ? "" : n.values().asOf().toString());
        form.fields.put("narrativeVersion", Long.toString(n.version()));
        return form;
    }

    /** The posted form, read against the report; previews are of what was typed where it reads. */
    static ReportForm posted(RoundQueries.InitiativeReport report, MultiValueMap<String, String> params) {
        ReportForm form = new ReportForm();
        params.forEach((k, v) -> form.fields.put(k, v.isEmpty() || v.get(0) == null ? "" : v.get(0)));
        for (RoundQueries.GoalLine line : report.goals()) {
            String id = line.goal().id();
            EntryValues typed = form.goalValues(id, label(line));
            form.previews.put(id, RemarkRule.preview(line.goal(), report.initiative(), report.round().period(),
                    typed == null ? line.entry().values() : typed));
        }
        return form;
    }

    /** The changes to save: every goal and the narrative whose fields differ from the entry as it was read. */
    List<EntryChange> changes(RoundQueries.InitiativeReport report) {
        List<EntryChange> out = new ArrayList<>();
        String reason = get("reason");
        for (RoundQueries.GoalLine line : report.goals()) {
            String id = line.goal().id();
            EntryValues typed = goalValues(id, label(line));
            long version = version("version." + id, line.entry().version());
            if (typed != null && (!typed.changesFrom(line.entry().values()).isEmpty() || version != line.entry().version())) {
                out.add(EntryChange.goal(report.initiative().id(), id, version, typed).because(reason));
            }
        }
        LocalDate asOf = date("narrativeAsOf", "Status: dato");
        EntryValues narrative = EntryValues.narrative(get("narrative"), asOf);
        long version = version("narrativeVersion", report.narrative().version());
        if (!narrative.changesFrom(report.narrative().values()).isEmpty() || version != report.narrative().version()) {
            out.add(EntryChange.narrative(report.initiative().id(), version, narrative).because(reason));
        }
        return out;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public String get(String name) {
        return fields.getOrDefault(name, "");
    }

    private void fill(String id, Entry e) {
        EntryValues v = e.values();
        fields.put("value." + id, number(v.value()));
        fields.put("of." + id, number(v.of()));
        fields.put("display." + id, text(v.display()));
        fields.put("breakdown." + id, text(v.breakdown()));
        fields.put("asOf." + id, v.asOf() == null ? "" : v.asOf().toString());
        fields.put("forecastValue." + id, number(v.forecastValue()));
        fields.put("forecastText." + id, text(v.forecastText()));
        fields.put("assessment." + id, v.assessment() == null ? "" : v.assessment().code());
        fields.put("remark." + id, text(v.remark()));
        fields.put("version." + id, Long.toString(e.version()));
    }

    /** The goal's typed values, or null (with the errors noted) where a field does not read. */
    private @Nullable EntryValues goalValues(String id, String label) {
        int before = errors.size();
        BigDecimal value = number("value." + id, label + ": resultat");
        BigDecimal of = number("of." + id, label + ": ud af");
        BigDecimal forecast = number("forecastValue." + id, label + ": forventning");
        LocalDate asOf = date("asOf." + id, label + ": opgjort pr.");
        Assessment assessment = null;
        String code = get("assessment." + id).strip();
        for (Assessment a : Assessment.values()) {
            if (a.code().equals(code)) {
                assessment = a;
            }
        }
        if (!code.isEmpty() && assessment == null) {
            errors.put("assessment." + id, label + ": vælg en vurdering på listen.");
        }
        EntryValues values = new EntryValues(value, of, get("display." + id), get("breakdown." + id), asOf, forecast,
                get("forecastText." + id), assessment, get("remark." + id), null);
        try {
            values.breakdownMap();
        } catch (RuntimeException e) {
            errors.put("breakdown." + id, label + ": " + e.getMessage());
        }
        return errors.size() == before ? values : null;
    }

    private @Nullable BigDecimal number(String name, String label) {
        String text = get(name);
        if (text.isBlank()) {
            return null;
        }
        BigDecimal n = DanishNumbers.parse(text);
        if (n == null) {
            errors.put(name, label + ": »" + text.strip() + "« er ikke et tal. Skriv fx 508 eller 43,5.");
        }
        return n;
    }

    private @Nullable LocalDate date(String name, String label) {
        String text = get(name).strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            if (text.matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}")) {
                String[] p = text.split("\\.");
                return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
            }
            return LocalDate.parse(text);
        } catch (java.time.DateTimeException e) {
            errors.put(name, label + ": »" + text + "« er ikke en dato. Skriv fx 31.12.2021.");
            return null;
        }
    }

    private long version(String name, long fallback) {
        try {
            return Long.parseLong(get(name).strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    static String label(RoundQueries.GoalLine line) {
        if (line.goal().number() != null) {
            return "Mål " + line.goal().number();
        }
        String text = line.goal().text();
        return "Målet »" + (text.length() <= 50 ? text : text.substring(0, 47).strip() + " …") + "«";
    }

    private static String number(@Nullable BigDecimal n) {
        return n == null ? "" : n.toPlainString().replace('.', ',');
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s;
    }
}
