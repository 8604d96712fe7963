package dk.pejling.finance.web;

import dk.pejling.plan.CarryOver;
import dk.pejling.plan.Grant;
import dk.pejling.plan.GrantCondition;
import dk.pejling.plan.YearAmount;
import dk.pejling.shared.DanishFormat;
import dk.pejling.shared.Decimals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.util.MultiValueMap;

/**
 * The grant page's form: per year of the grant the award, the spending and the carry-over decided
 * to the next year, and per condition whether it is broken, with a note. Opened, it shows what is
 * stored; submitted, it shows what was typed, with a message in the reader's language beside each
 * field that cannot be stored, and {@link #read()} gives the changed grant only where there is none.
 * A field left out of a submit keeps what is stored; a field sent empty clears it.
 */
public final class GrantForm {

    static final String AWARD = "bevilling-";
    static final String SPENDING = "forbrug-";
    static final String CARRY_OVER = "overfoersel-";
    static final String BROKEN = "brudt-";
    /** Sent beside each checkbox, so that an unticked box (which a browser does not send) still counts. */
    static final String BROKEN_SHOWN = "_brudt-";
    static final String NOTE = "note-";
    /** Where a problem with the years themselves is shown: above the years. */
    static final String YEARS = "aar";

    private static final Pattern YEAR_FIELD = Pattern.compile("(bevilling|forbrug|overfoersel)-(\\d{1,9})");
    private static final int LONGEST_NOTE = 2000;
    /** The most the tables hold: numeric(19,4), so 15 digits before the decimal point. */
    private static final BigDecimal LARGEST = new BigDecimal("999999999999999.99");

    /** One input: its name (also its id), label, the text in it, its error, and what is stored where a stale submit differs. */
    public record Cell(String field, String label, String value, @Nullable String error, @Nullable String savedNow) {}

    /** A year of the grant; {@code carryOver} is null in its last year, which has no next year within the grant. */
    public record Year(int year, Cell award, Cell spending, @Nullable Cell carryOver) {}

    /** A condition: its text and kind as stored, and the checkbox and note as typed. */
    public record Condition(int number, String text, @Nullable String kind, String brokenField, String brokenLabel,
            boolean broken, @Nullable String brokenSavedNow, Cell note) {}

    private final Grant grant;
    private final List<Integer> years;
    private final @Nullable MultiValueMap<String, String> typed;
    private final MessageSource messages;
    private final Locale locale;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private boolean stale;

    private GrantForm(Grant grant, List<Integer> years, @Nullable MultiValueMap<String, String> typed,
            MessageSource messages, Locale locale) {
        this.grant = grant;
        this.years = List.copyOf(years);
        this.typed = typed;
        this.messages = messages;
        this.locale = locale;
    }

    /** The form as the page opens it: what is stored. */
    static GrantForm opened(Grant grant, List<Integer> years, MessageSource messages, Locale locale) {
        return new GrantForm(grant, years, null, messages, locale);
    }

    /** The form as submitted, over {@code grant} as it is stored now. */
    static GrantForm submitted(Grant grant, List<Integer> years, MultiValueMap<String, String> typed,
            MessageSource messages, Locale locale) {
        return new GrantForm(grant, years, typed, messages, locale);
    }

    /** Marks the form as submitted on a plan changed since: each field tells what is stored now where it differs. */
    GrantForm stale() {
        this.stale = true;
        return this;
    }

    public boolean isStale() {
        return stale;
    }

    /**
     * The grant with the submitted figures, or null where anything cannot be stored; then
     * {@link #errors()} says what and where. Lists the form did not change are the stored ones.
     */
    @Nullable Grant read() {
        errors.clear();
        refuseYearsOutside();
        Map<Integer, @Nullable BigDecimal> awards = new LinkedHashMap<>();
        Map<Integer, @Nullable BigDecimal> spending = new LinkedHashMap<>();
        Map<Integer, @Nullable BigDecimal> carryOver = new LinkedHashMap<>();
        for (int year : years) {
            readAmount(AWARD + year, awardLabel(year), awards, year);
            readAmount(SPENDING + year, spendingLabel(year), spending, year);
            if (hasNextYear(year)) {
                readAmount(CARRY_OVER + year, carryOverLabel(year), carryOver, year);
            }
        }
        List<GrantCondition> terms = new ArrayList<>();
        for (int i = 0; i < grant.terms().size(); i++) {
            terms.add(readCondition(i));
        }
        if (!errors.isEmpty()) {
            return null;
        }
        List<GrantCondition> newTerms = terms.equals(grant.terms()) ? grant.terms() : terms;
        return grant.withMoney(
                        yearAmounts(grant.awards(), awards),
                        yearAmounts(grant.spending(), spending),
                        carryOvers(grant.carryOver(), carryOver))
                .withTerms(newTerms);
    }

    public Map<String, String> errors() {
        return errors;
    }

    public @Nullable String error(String field) {
        return errors.get(field);
    }

    public List<Year> years() {
        return years.stream()
                .map(y -> new Year(y,
                        amountCell(AWARD + y, awardLabel(y), stored(grant.awards(), y)),
                        amountCell(SPENDING + y, spendingLabel(y), stored(grant.spending(), y)),
                        hasNextYear(y) ? amountCell(CARRY_OVER + y, carryOverLabel(y), storedCarryOver(y)) : null))
                .toList();
    }

    public List<Condition> conditions() {
        List<Condition> out = new ArrayList<>();
        for (int i = 0; i < grant.terms().size(); i++) {
            GrantCondition c = grant.terms().get(i);
            boolean broken = broken(i, c);
            String note = sent(NOTE + i) ? typedValue(NOTE + i) : c.note() == null ? "" : c.note();
            String noteSavedNow = stale && !Objects.equals(blankToNull(note), c.note())
                    ? t("grant.savedNow", c.note() == null ? t("grant.savedNow.nothing") : c.note())
                    : null;
            String brokenSavedNow = stale && broken != c.broken()
                    ? t(c.broken() ? "grant.savedNow.broken" : "grant.savedNow.notBroken")
                    : null;
            out.add(new Condition(i + 1, c.text(), c.kind() == null ? null : c.kind().code(), BROKEN + i,
                    t("grant.condition.broken"), broken, brokenSavedNow,
                    new Cell(NOTE + i, noteLabel(i), note, errors.get(NOTE + i), noteSavedNow)));
        }
        return out;
    }

    // ---- reading

    /** A year field for a year the form does not have: outside the grant's period, or a carry-over past its end. */
    private void refuseYearsOutside() {
        if (typed == null) {
            return;
        }
        for (String name : typed.keySet()) {
            Matcher m = YEAR_FIELD.matcher(name);
            if (!m.matches()) {
                continue;
            }
            int year = Integer.parseInt(m.group(2));
            int concerned = name.startsWith(CARRY_OVER) && years.contains(year) ? year + 1 : year;
            if (!years.contains(concerned)) {
                String message = grant.period() != null
                        ? t("grant.error.outsidePeriod", String.valueOf(concerned), grant.period().start(),
                                grant.period().end())
                        : t("grant.error.unknownYear", String.valueOf(concerned));
                errors.merge(YEARS, message, (a, b) -> a.contains(b) ? a : a + " " + b);
            }
        }
    }

    private void readAmount(String field, String label, Map<Integer, @Nullable BigDecimal> into, int year) {
        if (!sent(field)) {
            return;
        }
        String raw = typedValue(field);
        BigDecimal amount;
        try {
            amount = AmountInput.parse(raw);
        } catch (AmountInput.NotAnAmount e) {
            String shown = raw.strip().length() > 40 ? raw.strip().substring(0, 40) + "…" : raw.strip();
            errors.put(field, t("grant.error.notAnAmount", label, shown));
            return;
        }
        if (amount != null && amount.signum() < 0) {
            errors.put(field, t("grant.error.negative", label));
        } else if (amount != null && amount.stripTrailingZeros().scale() > 2) {
            errors.put(field, t("grant.error.decimals", label));
        } else if (amount != null && amount.compareTo(LARGEST) > 0) {
            errors.put(field, t("grant.error.tooLarge", label));
        } else {
            into.put(year, Decimals.normal(amount));
        }
    }

    private GrantCondition readCondition(int i) {
        GrantCondition c = grant.terms().get(i);
        boolean broken = broken(i, c);
        String note = sent(NOTE + i) ? blankToNull(typedValue(NOTE + i)) : c.note();
        if (broken && note == null) {
            errors.put(NOTE + i, t("grant.error.noteRequired", noteLabel(i)));
        } else if (note != null && note.length() > LONGEST_NOTE) {
            errors.put(NOTE + i, t("grant.error.noteTooLong", noteLabel(i), LONGEST_NOTE));
        }
        return broken == c.broken() && Objects.equals(note, c.note()) ? c
                : new GrantCondition(c.text(), c.kind(), broken, note);
    }

    private boolean broken(int i, GrantCondition c) {
        if (typed == null || !(sent(BROKEN + i) || sent(BROKEN_SHOWN + i))) {
            return c.broken();
        }
        return sent(BROKEN + i) && !"false".equalsIgnoreCase(typedValue(BROKEN + i).strip());
    }

    // ---- the changed lists: a year the form did not change keeps its stored lines

    private static List<YearAmount> yearAmounts(List<YearAmount> stored, Map<Integer, @Nullable BigDecimal> typed) {
        Map<Integer, @Nullable BigDecimal> changed = changed(typed, y -> stored(stored, y));
        if (changed.isEmpty()) {
            return stored;
        }
        List<YearAmount> out = new ArrayList<>(stored.stream().filter(a -> !changed.containsKey(a.year())).toList());
        changed.forEach((year, amount) -> {
            if (amount != null) {
                out.add(new YearAmount(year, amount));
            }
        });
        out.sort(Comparator.comparingInt(YearAmount::year));
        return out;
    }

    private List<CarryOver> carryOvers(List<CarryOver> stored, Map<Integer, @Nullable BigDecimal> typed) {
        Map<Integer, @Nullable BigDecimal> changed = changed(typed, this::storedCarryOver);
        if (changed.isEmpty()) {
            return stored;
        }
        List<CarryOver> out = new ArrayList<>(stored.stream()
                .filter(c -> !(changed.containsKey(c.from()) && c.to() == c.from() + 1))
                .toList());
        changed.forEach((year, amount) -> {
            if (amount != null) {
                out.add(new CarryOver(year, year + 1, amount));
            }
        });
        out.sort(Comparator.comparingInt(CarryOver::from).thenComparingInt(CarryOver::to));
        return out;
    }

    private static Map<Integer, @Nullable BigDecimal> changed(Map<Integer, @Nullable BigDecimal> typed,
            java.util.function.IntFunction<@Nullable BigDecimal> stored) {
        Map<Integer, @Nullable BigDecimal> out = new LinkedHashMap<>();
        typed.forEach((year, amount) -> {
            if (!same(amount, stored.apply(year))) {
                out.put(year, amount);
            }
        });
        return out;
    }

    // ---- what is stored

    /** The year's amount as the ledger counts it (the sum of its lines), or null where there is none. */
    private static @Nullable BigDecimal stored(List<YearAmount> lines, int year) {
        return sum(lines, a -> a.year() == year, YearAmount::amount);
    }

    /** The carry-over decided from {@code year} to the next, or null where none is. */
    private @Nullable BigDecimal storedCarryOver(int year) {
        return sum(grant.carryOver(), c -> c.from() == year && c.to() == year + 1, CarryOver::amount);
    }

    private static <T> @Nullable BigDecimal sum(List<T> lines, Predicate<T> which,
            java.util.function.Function<T, BigDecimal> amount) {
        List<BigDecimal> found = lines.stream().filter(which).map(amount).toList();
        return found.isEmpty() ? null : Decimals.normal(found.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    // ---- showing

    private Cell amountCell(String field, String label, @Nullable BigDecimal stored) {
        String shownStored = stored == null ? "" : DanishFormat.number(stored);
        String value = sent(field) ? typedValue(field) : shownStored;
        String savedNow = null;
        if (stale && !sameAsTyped(value, stored)) {
            savedNow = t("grant.savedNow", stored == null ? t("grant.savedNow.nothing") : shownStored);
        }
        return new Cell(field, label, value, errors.get(field), savedNow);
    }

    private static boolean sameAsTyped(String value, @Nullable BigDecimal stored) {
        try {
            return same(AmountInput.parse(value), stored);
        } catch (AmountInput.NotAnAmount e) {
            return false;
        }
    }

    private boolean hasNextYear(int year) {
        return years.contains(year + 1);
    }

    private String awardLabel(int year) {
        return t("grant.field.award", String.valueOf(year));
    }

    private String spendingLabel(int year) {
        return t("grant.field.spending", String.valueOf(year));
    }

    private String carryOverLabel(int year) {
        return t("grant.field.carryOver", String.valueOf(year), String.valueOf(year + 1));
    }

    private String noteLabel(int i) {
        return t("grant.condition.note", i + 1);
    }

    private boolean sent(String field) {
        return typed != null && typed.containsKey(field);
    }

    private String typedValue(String field) {
        String v = typed == null ? null : typed.getFirst(field);
        return v == null ? "" : v;
    }

    private static boolean same(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
