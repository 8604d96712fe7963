package dk.pejling.bundle;

import dk.pejling.plan.Allocation;
import dk.pejling.plan.Assessment;
import dk.pejling.plan.Baseline;
import dk.pejling.plan.CarryOver;
import dk.pejling.plan.Decision;
import dk.pejling.plan.Direction;
import dk.pejling.plan.DocumentInfo;
import dk.pejling.plan.Financing;
import dk.pejling.plan.Forecast;
import dk.pejling.plan.Funding;
import dk.pejling.plan.Goal;
import dk.pejling.plan.GoalKind;
import dk.pejling.plan.Grant;
import dk.pejling.plan.GrantCondition;
import dk.pejling.plan.Initiative;
import dk.pejling.plan.InitiativeStatus;
import dk.pejling.plan.MeasurableFrom;
import dk.pejling.plan.MeasureUnit;
import dk.pejling.plan.Origin;
import dk.pejling.plan.PayForResults;
import dk.pejling.plan.PayRule;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanPeriod;
import dk.pejling.plan.PlanStatus;
import dk.pejling.plan.Reference;
import dk.pejling.plan.Remark;
import dk.pejling.plan.Report;
import dk.pejling.plan.Result;
import dk.pejling.plan.Section;
import dk.pejling.plan.StatedAmount;
import dk.pejling.plan.Target;
import dk.pejling.plan.TargetGroup;
import dk.pejling.plan.TitledText;
import dk.pejling.plan.Unit;
import dk.pejling.plan.UnitCost;
import dk.pejling.plan.YearAmount;
import dk.pejling.shared.Decimals;
import dk.pejling.shared.Period;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Random plans that are valid bundles: random trees of sections, initiatives and goals, every
 * optional field on or off, ids unique, references that resolve, periods inside the plan, and
 * text that stresses YAML quoting (Danish letters, quotes, colons, {@code #}, line breaks, words
 * YAML would read as booleans or numbers). Built imperatively from QuickTheories' randomness, since
 * the cross-references (units, grants, goals) are far easier to keep valid that way; every choice
 * is one draw that shrinks towards zero, so a failing plan shrinks towards fewer, emptier parts.
 */
final class RandomPlans {

    private static final String[] WORDS = {
        "Københavns", "Kommune", "æøå", "ÆØÅ", "borgere", "målgruppen", "indsats", "\"citat\"", "'enkelt'", ":", ": ",
        "a: b", "#", " # ", "#1", "\n", "\n\n", "- ", "-", "* ", "50 %", "%", "{", "}", "[", "]", "&anker", "*alias", "!",
        "!!str", "|", ">", "@", "`", "? ", ",", "yes", "no", "on", "off", "true", "False", "null", "~", "2019", "1.5",
        "-3", "+4", ".5", "0x1F", "1e3", "1_000", "007", ".inf", "2009-Q3", "2014-12-31", "2008-02", "2021-0012345",
        "  ", "\t", "\r\n", "\u00a0", "\u2028", "😀", "–", "…", "é", "Ü", "\\", "/", "=", "<b>", "&", "§", "½"
    };

    private final Draws random;
    private int nextId;
    private PlanPeriod span = new PlanPeriod(Period.year(2019), Period.year(2022));
    private final List<String> unitIds = new ArrayList<>();
    private final List<String> grantIds = new ArrayList<>();
    private final List<String> goalIds = new ArrayList<>();

    private RandomPlans(RandomnessSource source) {
        this.random = new Draws(source);
    }

    /** Plans, shown as their YAML bundle when a property fails. */
    static Gen<Plan> plans() {
        Gen<Plan> plans = source -> new RandomPlans(source).plan();
        return plans.describedAs(plan -> new PlanBundleWriter().write(plan, BundleFormat.YAML));
    }

    /** Draws of the kinds {@link java.util.Random} offers, each shrinking towards zero or false. */
    private static final class Draws {
        private final RandomnessSource source;

        Draws(RandomnessSource source) {
            this.source = source;
        }

        int nextInt(int bound) {
            return (int) source.next(Constraint.between(0, bound - 1));
        }

        long nextLong(long bound) {
            return source.next(Constraint.between(0, bound - 1));
        }

        boolean nextBoolean() {
            return nextInt(2) == 1;
        }
    }

    private Plan plan() {
        span = planPeriod();
        List<Unit> units = list(4, () -> new Unit(newId("u"), required()));
        units.forEach(u -> unitIds.add(u.id()));
        // Grants are drawn before the tree so that funding can name them; goals before references to them.
        List<Grant> grants = list(3, this::grant);
        grants.forEach(g -> grantIds.add(g.id()));
        List<Goal> goals = list(2, this::goal);
        List<Section> sections = list(3, () -> section(0));
        List<Initiative> initiatives = list(2, this::initiative);
        return new Plan(
                newId("plan"),
                required(),
                maybe(this::text),
                maybe(this::text),
                maybe(this::text),
                span,
                pick(PlanStatus.values()),
                maybe(this::date),
                maybe(this::text),
                maybe(() -> new DocumentInfo(
                        maybe(this::text), maybe(this::text), maybe(this::date), maybe(this::text), maybe(this::text))),
                list(2, this::titledText),
                maybe(this::amount),
                list(3, this::required),
                units,
                goals,
                sections,
                initiatives,
                grants,
                budget());
    }

    private PlanPeriod planPeriod() {
        int start = 1990 + random.nextInt(50);
        int end = start + random.nextInt(5);
        if (random.nextInt(5) == 0) {
            LocalDate from = LocalDate.of(start, 1 + random.nextInt(12), 1 + random.nextInt(28));
            // At least two years long, so that a whole calendar year (for budgets, awards) lies inside.
            return new PlanPeriod(Period.date(from), Period.date(from.plusDays(731 + random.nextInt(1500))));
        }
        return new PlanPeriod(Period.year(start), Period.year(end));
    }

    private Section section(int depth) {
        String id = newId("s");
        List<Goal> goals = list(2, this::goal);
        List<Section> children = depth < 2 ? list(2, () -> section(depth + 1)) : List.of();
        return new Section(
                id,
                maybe(this::label),
                required(),
                maybe(this::text),
                list(2, this::titledText),
                goals,
                children,
                list(2, this::initiative),
                fundings(),
                list(2, () -> new Report(periodInPlan(), required(), maybe(this::date))));
    }

    private List<Funding> fundings() {
        if (grantIds.isEmpty()) {
            return List.of();
        }
        return list(2, () -> new Funding(
                pick(grantIds), maybe(this::yearInPlan), maybe(this::amount), maybe(this::amount), maybe(this::amount)));
    }

    private TargetGroup targetGroup() {
        BigDecimal size = maybe(this::amount);
        return new TargetGroup(
                maybe(this::text),
                size,
                maybe(() -> atLeast(size)),
                maybe(this::text),
                breakdown(),
                list(2, () -> {
                    BigDecimal countSize = maybe(this::amount);
                    return new TargetGroup.Count(countSize, maybe(() -> atLeast(countSize)), maybe(this::text));
                }));
    }

    private BigDecimal atLeast(@Nullable BigDecimal size) {
        return size == null ? amount() : Decimals.normal(size.add(amount()));
    }

    private Initiative initiative() {
        String id = newId("i");
        Period start = maybe(this::anyPeriod);
        Period end = start == null ? maybe(this::anyPeriod) : maybe(() -> laterPeriod(start));
        List<Goal> goals = list(3, this::goal);
        return new Initiative(
                id,
                maybe(this::label),
                required(),
                maybe(() -> pick(InitiativeStatus.values())),
                start,
                end,
                random.nextBoolean(),
                maybe(this::text),
                maybe(this::text),
                maybe(this::text),
                maybe(this::targetGroup),
                maybe(() -> new Financing(
                        maybe(this::text),
                        maybe(this::amount),
                        maybe(this::amount),
                        random.nextBoolean(),
                        maybe(this::text),
                        list(3, () -> new YearAmount(yearInPlan(), amount())),
                        list(2, () -> new Financing.Variant(maybe(this::text), maybe(this::amount))))),
                maybe(() -> new PayForResults(
                        maybe(this::text),
                        goalIds.isEmpty() ? null : maybe(() -> pick(goalIds)),
                        maybe(() -> pick(PayRule.values())),
                        maybe(this::amount),
                        maybe(this::amount),
                        maybe(this::amount),
                        maybe(this::amount))),
                budget(),
                unitIds.isEmpty() ? List.of() : list(2, () -> pick(unitIds)),
                fundings(),
                goals,
                list(2, () -> new Report(periodInPlan(), required(), maybe(this::date))),
                list(2, () -> new Remark(periodInPlan(), required())),
                list(2, this::titledText),
                maybe(() -> new Origin(newId("katalog"), newId("k"),
                        maybe(() -> Decimals.normal(amount().add(BigDecimal.ONE))))));
    }

    private List<YearAmount> budget() {
        Set<Integer> years = new HashSet<>();
        List<YearAmount> out = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            int year = yearInPlan();
            if (years.add(year)) {
                out.add(new YearAmount(year, amount()));
            }
        }
        return out;
    }

    private Goal goal() {
        String id = newId("g");
        String contributesTo = goalIds.isEmpty() ? null : maybe(() -> pick(goalIds));
        goalIds.add(id);
        return new Goal(
                id,
                maybe(this::label),
                pick(GoalKind.values()),
                required(),
                pick(MeasureUnit.values()),
                pick(Direction.values()),
                contributesTo,
                maybe(() -> new Baseline(maybe(this::decimal), maybe(this::anyPeriod), maybe(this::text))),
                maybe(this::amount),
                random.nextBoolean(),
                maybe(() -> new MeasurableFrom(anyPeriod(), maybe(this::text))),
                targets(),
                distinctPeriods(4, this::result));
    }

    private <T> List<T> distinctPeriods(int max, java.util.function.Function<Period, T> make) {
        Set<Period> used = new HashSet<>();
        List<T> out = new ArrayList<>();
        for (int i = random.nextInt(max + 1); i > 0; i--) {
            Period period = periodInPlan();
            if (used.add(period)) {
                out.add(make.apply(period));
            }
        }
        return out;
    }

    /** Targets with distinct periods, and now and then one over the plan's whole period. */
    private List<Target> targets() {
        List<Target> out = new ArrayList<>(distinctPeriods(3, this::target));
        if (random.nextInt(4) == 0) {
            out.add(random.nextInt(out.size() + 1), target(null));
        }
        return out;
    }

    private Target target(@Nullable Period period) {
        return new Target(
                period,
                maybe(this::decimal),
                maybe(this::decimal),
                maybe(this::decimal),
                maybe(this::amount),
                maybe(() -> new Reference(required(), maybe(this::decimal))),
                maybe(this::text),
                maybe(() -> new Decision(maybe(this::text), maybe(this::date), maybe(this::text))));
    }

    private Map<String, BigDecimal> breakdown() {
        Map<String, BigDecimal> breakdown = new LinkedHashMap<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            breakdown.put(required(), decimal());
        }
        return breakdown;
    }

    private Result result(Period period) {
        return new Result(
                period,
                maybe(this::decimal),
                maybe(this::decimal),
                maybe(this::text),
                breakdown(),
                maybe(() -> new Forecast(maybe(this::decimal), maybe(this::text))),
                maybe(() -> pick(Assessment.values())),
                maybe(this::text),
                maybe(this::text),
                maybe(this::date));
    }

    private Grant grant() {
        PlanPeriod own = maybe(this::planPeriod);
        PlanPeriod yearsIn = own == null ? span : own;
        Supplier<Integer> year = () -> yearIn(yearsIn);
        return new Grant(
                newId("grant"),
                required(),
                maybe(this::text),
                own,
                maybe(this::text),
                maybe(() -> new UnitCost(amount(), maybe(this::text))),
                list(2, () -> new YearAmount(year.get(), amount())),
                unitIds.isEmpty()
                        ? List.of()
                        : list(3, () -> new Allocation(
                                year.get(),
                                pick(unitIds),
                                maybe(this::amount),
                                maybe(() -> BigDecimal.valueOf(random.nextInt(13))),
                                maybe(this::amount))),
                list(2, () -> new YearAmount(year.get(), amount())),
                carryOver(yearsIn),
                list(2, () -> new StatedAmount(year.get(), maybe(this::amount), maybe(this::text))),
                list(2, () -> new StatedAmount(year.get(), maybe(this::amount), maybe(this::text))),
                list(2, () -> new StatedAmount(year.get(), maybe(this::amount), maybe(this::text))),
                list(2, () -> new GrantCondition(
                        required(), maybe(() -> pick(GrantCondition.Kind.values())), random.nextBoolean(),
                        maybe(this::text))));
    }

    private List<CarryOver> carryOver(PlanPeriod yearsIn) {
        int first = yearsIn.start().year();
        int last = yearsIn.end().year();
        if (first == last || !yearsIn.contains(Period.year(first)) || !yearsIn.contains(Period.year(first + 1))) {
            return List.of();
        }
        return list(1, () -> new CarryOver(first, first + 1, amount()));
    }

    // --- periods ---

    private Period periodInPlan() {
        for (int tries = 0; tries < 20; tries++) {
            Period candidate = periodNear(span.start().year() + random.nextInt(span.end().year() - span.start().year() + 1));
            if (span.contains(candidate)) {
                return candidate;
            }
        }
        return span.start();
    }

    private int yearInPlan() {
        return yearIn(span);
    }

    /** A year wholly inside the span (every generated span holds one). */
    private int yearIn(PlanPeriod within) {
        List<Integer> years = new ArrayList<>();
        for (int y = within.start().year(); y <= within.end().year(); y++) {
            if (within.contains(Period.year(y))) {
                years.add(y);
            }
        }
        return pick(years);
    }

    private Period anyPeriod() {
        return periodNear(1980 + random.nextInt(70));
    }

    private Period laterPeriod(Period start) {
        Period candidate = periodNear(start.end().getYear() + random.nextInt(4));
        return candidate.end().isBefore(start.start()) ? Period.year(start.end().getYear() + 1) : candidate;
    }

    private Period periodNear(int year) {
        switch (random.nextInt(4)) {
            case 0:
                return Period.quarter(year, 1 + random.nextInt(4));
            case 1:
                return Period.month(YearMonth.of(year, 1 + random.nextInt(12)));
            case 2:
                return Period.date(LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28)));
            default:
                return Period.year(year);
        }
    }

    private LocalDate date() {
        return LocalDate.of(1990 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    // --- numbers ---

    /** A decimal with an odd scale (trailing zeros, a negative scale), normalised as every Plan holds it. */
    private BigDecimal decimal() {
        BigDecimal value = amount();
        return random.nextBoolean() ? value.negate() : value;
    }

    private BigDecimal amount() {
        long unscaled = random.nextLong(BigInteger.TEN.pow(random.nextInt(13)).longValueExact());
        int scale = random.nextInt(12) - 3;
        BigDecimal odd = BigDecimal.valueOf(unscaled, scale);
        if (random.nextBoolean()) {
            odd = odd.setScale(Math.max(scale, 0) + 2);
        }
        return Decimals.normal(odd);
    }

    // --- text ---

    private String text() {
        StringBuilder out = new StringBuilder();
        for (int i = random.nextInt(7); i >= 0; i--) {
            out.append(pick(WORDS));
            if (random.nextInt(3) > 0) {
                out.append(' ');
            }
        }
        return random.nextInt(10) == 0 ? "" : out.toString();
    }

    /** Text for a required field, which must not be blank. */
    private String required() {
        String text = text();
        return text.isBlank() ? "Plan " + text : text;
    }

    private String label() {
        return pick(new String[] {"1", "2", "1.1", "10", "A", "a)", "3b", "007"});
    }

    /** A passage, or a heading standing alone. */
    private TitledText titledText() {
        return random.nextInt(4) == 0 ? new TitledText(required(), null) : new TitledText(maybe(this::text), required());
    }

    private String newId(String prefix) {
        return prefix + "-" + (nextId++) + (random.nextBoolean() ? "" : "-x" + random.nextInt(99));
    }

    // --- choices ---

    private <T> @Nullable T maybe(Supplier<T> value) {
        return random.nextBoolean() ? value.get() : null;
    }

    private <T> List<T> list(int max, Supplier<T> item) {
        List<T> out = new ArrayList<>();
        for (int i = random.nextInt(max + 1); i > 0; i--) {
            out.add(item.get());
        }
        return out;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
