package dk.pejling.rounds;

import dk.pejling.plan.Initiative;
import dk.pejling.shared.DanishFormat;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Checks every row of an uploaded results sheet against the round, before anything is saved, and
 * collects every error with its row and column: a goal the round does not cover, a unit the person
 * does not report for, a number or date that does not read, a report that is locked. An empty cell
 * leaves what is saved as it is; a row with no values is left alone.
 */
final class RowChecker {

    /** A row that passed: the entry it saves and the values it saves there. */
    record Checked(int row, Entry entry, EntryValues values, @Nullable String reason) {}

    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DASHED_DATE = DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SLASHED_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    /** Day 0 of spreadsheet date serials (Excel's and LibreOffice's, after Excel's 1900 leap-year slip). */
    private static final LocalDate SERIAL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final int MAX_DISPLAY = 200;
    private static final int MAX_TEXT = 4000;

    private final Actor actor;
    private final Round round;
    private final Map<String, Entry> entries;
    private final Map<String, Initiative> initiatives;
    private final Map<String, SubmissionState> states;
    private final UploadLimits limits;
    private final Map<ResultColumn, Integer> columns = new EnumMap<>(ResultColumn.class);
    private int skipped;

    RowChecker(Actor actor, Round round, Map<String, Entry> entries, Map<String, Initiative> initiatives,
            Map<String, SubmissionState> states, UploadLimits limits) {
        this.actor = actor;
        this.round = round;
        this.entries = entries;
        this.initiatives = initiatives;
        this.states = states;
        this.limits = limits;
    }

    /** Rows left alone because nothing was filled in. */
    int skipped() {
        return skipped;
    }

    List<Checked> check(List<SheetRow> rows, List<BulkError> errors) {
        if (rows.isEmpty()) {
            errors.add(new BulkError(0, null, null, "Filen har ingen rækker. Brug skabelonen fra runden."));
            return List.of();
        }
        if (!header(rows.get(0), errors)) {
            return List.of();
        }
        if (rows.size() - 1 > limits.maxRows()) {
            errors.add(new BulkError(0, null, null, "Filen har over " + limits.maxRows() + " rækker."));
            return List.of();
        }
        List<Checked> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (SheetRow row : rows.subList(1, rows.size())) {
            Checked c = row(row, errors);
            if (c == null) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(c.entry().itemId(), row.number());
            if (earlier != null) {
                errors.add(error(row, ResultColumn.GOAL_ID, "Målet er også udfyldt i række " + earlier
                        + ". Udfyld hvert mål i én række."));
                continue;
            }
            out.add(c);
        }
        return out;
    }

    /** Reads the header row; false (with the errors) where a required column is missing. */
    private boolean header(SheetRow header, List<BulkError> errors) {
        for (int i = 0; i < header.cells().size(); i++) {
            ResultColumn c = ResultColumn.ofHeader(header.text(i));
            if (c == null) {
                continue;
            }
            Integer before = columns.putIfAbsent(c, i);
            if (before != null) {
                errors.add(new BulkError(header.number(), SheetRow.letter(i), c.header(), "Kolonnen »" + c.header()
                        + "« findes også i kolonne " + SheetRow.letter(before) + "."));
            }
        }
        List<String> missing = new ArrayList<>();
        for (ResultColumn c : ResultColumn.values()) {
            if (c.required() && !columns.containsKey(c)) {
                missing.add("»" + c.header() + "«");
            }
        }
        if (!missing.isEmpty()) {
            errors.add(new BulkError(header.number(), null, null, "Første række skal være skabelonens overskrifter; "
                    + (missing.size() == 1 ? "kolonnen " : "kolonnerne ") + String.join(", ", missing) + " mangler."));
        }
        if (columns.keySet().stream().noneMatch(ResultColumn::isValue)) {
            errors.add(new BulkError(header.number(), null, null,
                    "Filen har ingen kolonner med tal eller tekst at gemme (fx »Værdi« eller »Bemærkning«)."));
        }
        return errors.isEmpty();
    }

    private @Nullable Checked row(SheetRow row, List<BulkError> errors) {
        int before = errors.size();
        String goalId = text(row, ResultColumn.GOAL_ID);
        boolean hasValues = columns.keySet().stream().filter(ResultColumn::isValue).anyMatch(c -> !text(row, c).isEmpty());
        if (!hasValues) {
            skipped++;
            return null;
        }
        if (goalId.isEmpty()) {
            errors.add(error(row, ResultColumn.GOAL_ID, "Mål-id mangler. Brug skabelonen fra runden."));
            return null;
        }
        Entry entry = entries.get(goalId);
        if (entry == null) {
            errors.add(error(row, ResultColumn.GOAL_ID, "Runden omfatter ikke målet »" + goalId + "«."));
            return null;
        }
        String initiativeId = text(row, ResultColumn.INITIATIVE_ID);
        if (!initiativeId.equals(entry.initiativeId())) {
            errors.add(error(row, ResultColumn.INITIATIVE_ID, initiativeId.isEmpty()
                    ? "Indsats-id mangler; målet hører til indsatsen »" + entry.initiativeId() + "«."
                    : "Målet »" + goalId + "« hører til indsatsen »" + entry.initiativeId() + "«, ikke »" + initiativeId + "«."));
        }
        Initiative initiative = initiatives.get(entry.initiativeId());
        if (initiative == null) {
            errors.add(error(row, ResultColumn.INITIATIVE_ID, "Indsatsen »" + entry.initiativeId()
                    + "« findes ikke længere i planen."));
            return null;
        }
        unit(row, initiative, errors);
        String period = text(row, ResultColumn.PERIOD);
        if (!period.isEmpty() && !period.equals(DanishFormat.period(round.period())) && !period.equals(round.period().toString())) {
            errors.add(error(row, ResultColumn.PERIOD, "Runden gælder " + DanishFormat.period(round.period()) + ", ikke »"
                    + period + "«."));
        }
        String version = text(row, ResultColumn.VERSION);
        if (!version.isEmpty()) {
            BigDecimal v = DanishNumbers.parse(version);
            if (v == null || v.signum() < 0 || v.stripTrailingZeros().scale() > 0) {
                errors.add(error(row, ResultColumn.VERSION, "»" + version + "« er ikke et versionsnummer."));
            } else if (v.longValue() != entry.version()) {
                errors.add(error(row, ResultColumn.VERSION, "Målet er gemt igen" + (entry.changedBy() == null ? "" : " af "
                        + entry.changedBy()) + ", efter skabelonen blev hentet (version " + v.longValue() + ", nu "
                        + entry.version() + "). Se de gemte tal, og hent en ny skabelon."));
            }
        }
        String reason = text(row, ResultColumn.REASON);
        SubmissionState state = states.getOrDefault(entry.initiativeId(), SubmissionState.NOT_STARTED);
        boolean locked = !round.isOpen() || !state.editable();
        if (locked && !actor.isPlanner()) {
            errors.add(new BulkError(row.number(), null, null, lockedMessage(state)));
        } else if (locked && reason.isEmpty()) {
            errors.add(error(row, ResultColumn.REASON, lockedMessage(state) + " En planlæggers rettelse kræver en"
                    + " begrundelse i kolonnen »Begrundelse«."));
        }
        EntryValues values = values(row, entry.values(), errors);
        if (errors.size() > before || values == null) {
            return null;
        }
        return new Checked(row.number(), entry, values, locked ? reason : null);
    }

    private void unit(SheetRow row, Initiative initiative, List<BulkError> errors) {
        String unit = text(row, ResultColumn.UNIT_ID);
        if (unit.isEmpty()) {
            if (!initiative.units().isEmpty() || !actor.isPlanner()) {
                errors.add(error(row, ResultColumn.UNIT_ID, "Enheds-id mangler" + (initiative.units().isEmpty() ? "."
                        : "; indsatsen drives af " + String.join(", ", initiative.units()) + ".")));
            }
            return;
        }
        if (!initiative.units().contains(unit)) {
            errors.add(error(row, ResultColumn.UNIT_ID, "Indsatsen »" + initiative.id() + "« drives ikke af enheden »"
                    + unit + "«."));
        } else if (!actor.isPlanner() && !actor.units().contains(unit)) {
            errors.add(error(row, ResultColumn.UNIT_ID, "Du kan kun indberette for dine egne enheder, ikke for »" + unit + "«."));
        }
    }

    /** The entry's values with the filled-in cells put in; null where a cell does not read. */
    private @Nullable EntryValues values(SheetRow row, EntryValues current, List<BulkError> errors) {
        int before = errors.size();
        BigDecimal value = number(row, ResultColumn.VALUE, current.value(), errors);
        BigDecimal of = number(row, ResultColumn.OF, current.of(), errors);
        if (of != null && of.signum() <= 0 && !text(row, ResultColumn.OF).isEmpty()) {
            errors.add(error(row, ResultColumn.OF, "»Ud af« skal være større end 0."));
        }
        String display = longText(row, ResultColumn.DISPLAY, current.display(), MAX_DISPLAY, errors);
        LocalDate asOf = date(row, ResultColumn.AS_OF, current.asOf(), errors);
        BigDecimal forecastValue = current.forecastValue();
        String forecastText = current.forecastText();
        String forecast = text(row, ResultColumn.FORECAST);
        if (!forecast.isEmpty()) {
            SheetRow.Cell cell = row.cell(columns.get(ResultColumn.FORECAST));
            BigDecimal n = cell != null && cell.numeric() ? new BigDecimal(forecast) : DanishNumbers.parse(forecast);
            if (n != null) {
                forecastValue = n;
                forecastText = null;
            } else {
                forecastText = longText(row, ResultColumn.FORECAST, null, MAX_TEXT, errors);
                forecastValue = null;
            }
        }
        String remark = longText(row, ResultColumn.REMARK, current.remark(), limits.maxCellChars(), errors);
        if (errors.size() > before) {
            return null;
        }
        return new EntryValues(value, of, display, current.breakdown(), asOf, forecastValue, forecastText,
                current.assessment(), remark, null);
    }

    private @Nullable BigDecimal number(SheetRow row, ResultColumn column, @Nullable BigDecimal current,
            List<BulkError> errors) {
        String text = text(row, column);
        if (text.isEmpty()) {
            return current;
        }
        SheetRow.Cell cell = row.cell(columns.get(column));
        BigDecimal n = cell != null && cell.numeric() ? new BigDecimal(text) : DanishNumbers.parse(text);
        if (n == null) {
            errors.add(error(row, column, "»" + text + "« er ikke et tal. Skriv fx 508 eller 43,5."));
            return current;
        }
        if (n.abs().compareTo(new BigDecimal("1e13")) >= 0 || n.stripTrailingZeros().scale() > 6) {
            errors.add(error(row, column, "»" + text + "« er for stort eller har over 6 decimaler."));
        }
        return n;
    }

    private @Nullable LocalDate date(SheetRow row, ResultColumn column, @Nullable LocalDate current, List<BulkError> errors) {
        String text = text(row, column);
        if (text.isEmpty()) {
            return current;
        }
        SheetRow.Cell cell = row.cell(columns.get(column));
        try {
            if (cell != null && cell.numeric()) {
                BigDecimal serial = new BigDecimal(text);
                if (serial.signum() > 0 && serial.compareTo(BigDecimal.valueOf(2_958_465)) <= 0) {
                    return SERIAL_EPOCH.plusDays(serial.longValue());
                }
            } else {
                for (DateTimeFormatter f : List.of(DANISH_DATE, DASHED_DATE, SLASHED_DATE, DateTimeFormatter.ISO_LOCAL_DATE)) {
                    try {
                        return LocalDate.parse(text, f);
                    } catch (DateTimeParseException ignored) {
                        // the next form
                    }
                }
            }
        } catch (NumberFormatException | DateTimeException ignored) {
            // reported below
        }
        errors.add(error(row, column, "»" + text + "« er ikke en dato. Skriv fx 31.12.2021."));
        return current;
    }

    private @Nullable String longText(SheetRow row, ResultColumn column, @Nullable String current, int max,
            List<BulkError> errors) {
        String text = text(row, column);
        if (text.isEmpty()) {
            return current;
        }
        if (text.length() > max) {
            errors.add(error(row, column, "Teksten har " + text.length() + " tegn; højst " + max + " er tilladt."));
        }
        return text;
    }

    private String text(SheetRow row, ResultColumn column) {
        Integer at = columns.get(column);
        return at == null ? "" : row.text(at);
    }

    private BulkError error(SheetRow row, ResultColumn column, String message) {
        Integer at = columns.get(column);
        return new BulkError(row.number(), at == null ? null : SheetRow.letter(at), column.header(), message);
    }

    private String lockedMessage(SubmissionState state) {
        if (!round.isOpen()) {
            return "Runden er lukket, og tallene er låst.";
        }
        return state == SubmissionState.SUBMITTED
                ? "Indberetningen for indsatsen er sendt til godkendelse og kan ikke ændres, før planlæggeren har set den."
                : "Indberetningen for indsatsen er godkendt, og tallene er låst.";
    }
}
