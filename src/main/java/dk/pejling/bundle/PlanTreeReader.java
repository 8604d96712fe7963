package dk.pejling.bundle;

import dk.pejling.bundle.BundleChecks.IdKind;
import dk.pejling.bundle.BundleChecks.Once;
import dk.pejling.plan.DocumentInfo;
import dk.pejling.plan.Financing;
import dk.pejling.plan.Funding;
import dk.pejling.plan.Goal;
import dk.pejling.plan.Initiative;
import dk.pejling.plan.InitiativeStatus;
import dk.pejling.plan.Origin;
import dk.pejling.plan.PayForResults;
import dk.pejling.plan.PayRule;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanPeriod;
import dk.pejling.plan.PlanStatus;
import dk.pejling.plan.Remark;
import dk.pejling.plan.Report;
import dk.pejling.plan.Section;
import dk.pejling.plan.TargetGroup;
import dk.pejling.plan.TitledText;
import dk.pejling.plan.Unit;
import dk.pejling.plan.YearAmount;
import dk.pejling.shared.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Walks a parsed bundle tree into a {@link Plan}, collecting every error on the way rather than
 * stopping at the first: a planner fixing a hand-written bundle wants the whole list at once.
 */
final class PlanTreeReader {

    static final String FORMAT = "pejling-plan/1";
    static final List<String> BUNDLE = List.of("format", "plan");
    static final List<String> PLAN = List.of(
            "id",
            "title",
            "kind",
            "organisation",
            "owner",
            "period",
            "status",
            "asOf",
            "text",
            "document",
            "texts",
            "significance",
            "levels",
            "units",
            "goals",
            "sections",
            "initiatives",
            "grants",
            "budgetFrame");
    static final List<String> SPAN = List.of("start", "end");
    static final List<String> DOCUMENT = List.of("label", "title", "date", "caseNumber", "documentNumber");
    static final List<String> TITLED_TEXT = List.of("heading", "text");
    static final List<String> UNIT = List.of("id", "name");
    static final List<String> SECTION = List.of(
            "id", "number", "title", "text", "texts", "goals", "sections", "initiatives", "funding", "reports");
    static final List<String> INITIATIVE = List.of(
            "id",
            "number",
            "title",
            "status",
            "start",
            "end",
            "evidenceBased",
            "text",
            "inspiration",
            "effect",
            "targetGroup",
            "financing",
            "payForResults",
            "budget",
            "units",
            "funding",
            "goals",
            "reports",
            "remarks",
            "texts",
            "origin");
    static final List<String> ORIGIN = List.of("plan", "initiative", "scale");
    static final List<String> TARGET_GROUP = List.of("text", "size", "sizeMax", "unit", "breakdown", "also");
    static final List<String> COUNT = List.of("size", "sizeMax", "unit");
    static final List<String> FINANCING = List.of(
            "text", "amountPerYear", "targetGroupSize", "scalesWithTargetGroup", "per", "years", "variants");
    static final List<String> VARIANT = List.of("text", "amountPerYear");
    static final List<String> PAY_FOR_RESULTS =
            List.of("text", "goal", "rule", "threshold", "amount", "amountPerOutcome", "cap");
    static final List<String> FUNDING = List.of("grant", "fte", "hired", "year", "amount");
    static final List<String> REPORT = List.of("period", "text", "asOf");
    static final List<String> REMARK = List.of("period", "text");

    private final Problems problems;
    private final BundleChecks checks;
    private final GoalTreeReader goals;
    private final GrantTreeReader grants;

    PlanTreeReader(Problems problems) {
        this.problems = problems;
        this.checks = new BundleChecks(problems);
        this.goals = new GoalTreeReader(problems, checks);
        this.grants = new GrantTreeReader(problems, checks);
    }

    /** The plan, or null where any error was found (they are in {@link Problems}). */
    @Nullable Plan read(JsonNode root) {
        BundleObject bundle = BundleObject.of(root, "", problems, BUNDLE);
        if (bundle == null) {
            return null;
        }
        format(bundle);
        BundleObject planObject = bundle.requiredObject("plan", PLAN);
        Plan plan = planObject == null ? null : plan(planObject);
        checks.resolveReferences();
        return problems.any() ? null : plan;
    }

    private void format(BundleObject bundle) {
        if (!bundle.has("format")) {
            problems.add("format", "required field is missing; a plan bundle starts with format: " + FORMAT);
            return;
        }
        String format = bundle.text("format");
        if (format != null && !format.equals(FORMAT)) {
            problems.add("format", BundleObject.quote(format) + " is not a format this version reads; expected " + FORMAT);
        }
    }

    private @Nullable Plan plan(BundleObject o) {
        String id = o.id("id");
        String title = o.requiredText("title");
        String kind = o.text("kind");
        String organisation = o.text("organisation");
        String owner = o.text("owner");
        PlanPeriod period = span(o.requiredObject("period", SPAN), problems);
        checks.planPeriod(period);
        PlanStatus status = o.choice("status", PlanStatus.class);
        LocalDate asOf = o.date("asOf");
        String text = o.text("text");
        DocumentInfo document = document(o.object("document", DOCUMENT));
        List<TitledText> texts = titledTexts(o);
        BigDecimal significance = o.amount("significance");
        List<String> levels = o.texts("levels", (level, at) -> {});
        List<Unit> units = o.objects("units", UNIT, this::unit);
        List<Goal> planGoals = goals.goals(o);
        List<Section> sections = o.objects("sections", SECTION, this::section);
        List<Initiative> initiatives = o.objects("initiatives", INITIATIVE, this::initiative);
        var planGrants = o.objects("grants", GrantTreeReader.GRANT, grants::grant);
        Once<Integer> frameYears = new Once<>(problems, "budget frame year");
        List<YearAmount> budgetFrame =
                o.objects("budgetFrame", GrantTreeReader.YEAR_AMOUNT, f -> yearAmount(f, frameYears));
        if (id == null || title == null || period == null) {
            return null;
        }
        return new Plan(
                id,
                title,
                kind,
                organisation,
                owner,
                period,
                status == null ? PlanStatus.DRAFT : status,
                asOf,
                text,
                document,
                texts,
                significance,
                levels,
                units,
                planGoals,
                sections,
                initiatives,
                planGrants,
                budgetFrame);
    }

    /** A span {@code {start, end}} of years or dates, the end not before the start. */
    static @Nullable PlanPeriod span(@Nullable BundleObject o, Problems problems) {
        if (o == null) {
            return null;
        }
        Period start = o.requiredPeriod("start");
        Period end = o.requiredPeriod("end");
        if (start == null || end == null) {
            return null;
        }
        if (end.end().isBefore(start.start())) {
            problems.add(o.pathOf("end"), end + " is before the start " + start);
            return null;
        }
        return new PlanPeriod(start, end);
    }

    private static @Nullable DocumentInfo document(@Nullable BundleObject o) {
        if (o == null) {
            return null;
        }
        return new DocumentInfo(
                o.text("label"), o.text("title"), o.date("date"), o.text("caseNumber"), o.text("documentNumber"));
    }

    private List<TitledText> titledTexts(BundleObject owner) {
        return owner.objects("texts", TITLED_TEXT, o -> {
            // A heading may stand alone, where the source has no passage before the next heading.
            String heading = o.text("heading");
            String text = o.text("text");
            if (heading == null && text == null && !o.has("heading") && !o.has("text")) {
                problems.add(o.path(), "needs a heading or a text");
                return null;
            }
            return new TitledText(heading, text);
        });
    }

    private @Nullable Unit unit(BundleObject o) {
        String id = o.id("id");
        checks.declare(IdKind.UNIT, id, o.pathOf("id"));
        String name = o.requiredText("name");
        return id == null || name == null ? null : new Unit(id, name);
    }

    private @Nullable Section section(BundleObject o) {
        String id = o.id("id");
        checks.declare(IdKind.SECTION, id, o.pathOf("id"));
        String number = o.label("number");
        String title = o.requiredText("title");
        String text = o.text("text");
        List<TitledText> texts = titledTexts(o);
        List<Goal> sectionGoals = goals.goals(o);
        List<Section> sections = o.objects("sections", SECTION, this::section);
        List<Initiative> initiatives = o.objects("initiatives", INITIATIVE, this::initiative);
        // A grant's staff or a status passage stated for a whole category of initiatives (seed 004).
        List<Funding> funding = o.objects("funding", FUNDING, this::funding);
        List<Report> reports = o.objects("reports", REPORT, this::report);
        if (id == null || title == null) {
            return null;
        }
        return new Section(id, number, title, text, texts, sectionGoals, sections, initiatives, funding, reports);
    }

    private @Nullable Initiative initiative(BundleObject o) {
        String id = o.id("id");
        checks.declare(IdKind.INITIATIVE, id, o.pathOf("id"));
        String number = o.label("number");
        String title = o.requiredText("title");
        InitiativeStatus status = o.choice("status", InitiativeStatus.class);
        // An initiative may have started before the plan and run on after it.
        Period start = o.period("start");
        Period end = o.period("end");
        if (start != null && end != null && end.end().isBefore(start.start())) {
            problems.add(o.pathOf("end"), end + " is before the start " + start);
        }
        boolean evidenceBased = o.flag("evidenceBased");
        String text = o.text("text");
        String inspiration = o.text("inspiration");
        String effect = o.text("effect");
        TargetGroup targetGroup = targetGroup(o.object("targetGroup", TARGET_GROUP));
        Financing financing = financing(o.object("financing", FINANCING));
        PayForResults payForResults = payForResults(o.object("payForResults", PAY_FOR_RESULTS));
        Once<Integer> budgetYears = new Once<>(problems, "budget year");
        List<YearAmount> budget = o.objects("budget", GrantTreeReader.YEAR_AMOUNT, b -> yearAmount(b, budgetYears));
        List<String> units = o.texts("units", (unit, at) -> checks.refer(IdKind.UNIT, unit, at));
        List<Funding> funding = o.objects("funding", FUNDING, this::funding);
        List<Goal> initiativeGoals = goals.goals(o);
        List<Report> reports = o.objects("reports", REPORT, this::report);
        List<Remark> remarks = o.objects("remarks", REMARK, this::remark);
        List<TitledText> texts = titledTexts(o);
        Origin origin = origin(o.object("origin", ORIGIN));
        if (id == null || title == null) {
            return null;
        }
        return new Initiative(
                id,
                number,
                title,
                status,
                start,
                end,
                evidenceBased,
                text,
                inspiration,
                effect,
                targetGroup,
                financing,
                payForResults,
                budget,
                units,
                funding,
                initiativeGoals,
                reports,
                remarks,
                texts,
                origin);
    }

    /** The catalogue is another plan, so its ids are not checked against this bundle. */
    private @Nullable Origin origin(@Nullable BundleObject o) {
        if (o == null) {
            return null;
        }
        String plan = o.id("plan");
        String initiative = o.id("initiative");
        BigDecimal scale = o.amount("scale");
        if (scale != null && scale.signum() == 0) {
            problems.add(o.pathOf("scale"), "a scale must be more than 0");
        }
        return plan == null || initiative == null ? null : new Origin(plan, initiative, scale);
    }

    private @Nullable TargetGroup targetGroup(@Nullable BundleObject o) {
        if (o == null) {
            return null;
        }
        String text = o.text("text");
        BigDecimal size = o.amount("size");
        BigDecimal sizeMax = sizeMax(o, size);
        return new TargetGroup(
                text,
                size,
                sizeMax,
                o.text("unit"),
                o.decimals("breakdown"),
                o.objects("also", COUNT, c -> {
                    BigDecimal countSize = c.amount("size");
                    return new TargetGroup.Count(countSize, sizeMax(c, countSize), c.text("unit"));
                }));
    }

    /** The upper end of a range ({@code 8-10 foreninger}), not below its lower end. */
    private @Nullable BigDecimal sizeMax(BundleObject o, @Nullable BigDecimal size) {
        BigDecimal sizeMax = o.amount("sizeMax");
        if (sizeMax != null && size != null && sizeMax.compareTo(size) < 0) {
            problems.add(o.pathOf("sizeMax"), sizeMax.toPlainString() + " is below the size " + size.toPlainString());
            return null;
        }
        return sizeMax;
    }

    private @Nullable Financing financing(@Nullable BundleObject o) {
        if (o == null) {
            return null;
        }
        return new Financing(
                o.text("text"),
                o.amount("amountPerYear"),
                o.amount("targetGroupSize"),
                o.flag("scalesWithTargetGroup"),
                o.text("per"),
                o.objects("years", GrantTreeReader.YEAR_AMOUNT, y -> yearAmount(y, null)),
                o.objects("variants", VARIANT, v -> new Financing.Variant(v.text("text"), v.amount("amountPerYear"))));
    }

    private @Nullable PayForResults payForResults(@Nullable BundleObject o) {
        if (o == null) {
            return null;
        }
        String text = o.text("text");
        String goal = o.text("goal");
        checks.refer(IdKind.GOAL, goal, o.pathOf("goal"));
        return new PayForResults(
                text,
                goal,
                o.choice("rule", PayRule.class),
                o.amount("threshold"),
                o.amount("amount"),
                o.amount("amountPerOutcome"),
                o.amount("cap"));
    }

    /** Kroner in a year of the plan; {@code once} where each year may have one line only. */
    private @Nullable YearAmount yearAmount(BundleObject o, @Nullable Once<Integer> once) {
        Integer year = o.requiredYear("year");
        checks.yearWithinPlan(year, o.pathOf("year"));
        if (once != null) {
            once.check(year, o.pathOf("year"));
        }
        BigDecimal amount = o.requiredAmount("amount");
        return year == null || amount == null ? null : new YearAmount(year, amount);
    }

    private @Nullable Funding funding(BundleObject o) {
        String grant = o.requiredText("grant");
        checks.refer(IdKind.GRANT, grant, o.pathOf("grant"));
        BigDecimal fte = o.amount("fte");
        BigDecimal hired = o.amount("hired");
        Integer year = o.year("year");
        checks.yearWithinPlan(year, o.pathOf("year"));
        BigDecimal amount = o.amount("amount");
        return grant == null ? null : new Funding(grant, year, fte, hired, amount);
    }

    private @Nullable Report report(BundleObject o) {
        Period period = o.requiredPeriod("period");
        checks.withinPlan(period, o.pathOf("period"));
        String text = o.requiredText("text");
        LocalDate asOf = o.date("asOf");
        return period == null || text == null ? null : new Report(period, text, asOf);
    }

    private @Nullable Remark remark(BundleObject o) {
        Period period = o.requiredPeriod("period");
        checks.withinPlan(period, o.pathOf("period"));
        String text = o.requiredText("text");
        return period == null || text == null ? null : new Remark(period, text);
    }
}
