package dk.pejling.plan;

import static dk.pejling.plan.Columns.date;
import static dk.pejling.plan.Columns.decimal;
import static dk.pejling.plan.Columns.enumOf;
import static dk.pejling.plan.Columns.integer;
import static dk.pejling.plan.Columns.period;
import static dk.pejling.plan.Columns.requiredDecimal;
import static dk.pejling.plan.Columns.requiredPeriod;

import dk.pejling.shared.Period;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Reads one plan back: one query per table for the whole plan, leaves first, so that each row
 * can become its record at once with its children already at hand; the section tree is put
 * together last, in memory. One reader per read.
 */
final class PlanTableReader {

    private record ResultKey(int goalNo, int position) {}

    private record SectionRow(int no, String id, @Nullable String number, String title, @Nullable String text) {}

    private final JdbcTemplate jdbc;
    private final String planId;

    private final Grouped<Owner, TitledText> texts = new Grouped<>();
    private final Map<ResultKey, Map<String, BigDecimal>> breakdowns = new HashMap<>();
    private final Grouped<Integer, Result> results = new Grouped<>();
    private final Grouped<Integer, Target> targets = new Grouped<>();
    private final Grouped<Owner, Goal> goals = new Grouped<>();
    private final Grouped<Integer, String> initiativeUnits = new Grouped<>();
    private final Grouped<Integer, YearAmount> budgets = new Grouped<>();
    private final Grouped<Integer, YearAmount> financingYears = new Grouped<>();
    private final Map<Integer, Map<String, BigDecimal>> groupParts = new HashMap<>();
    private final Grouped<Integer, TargetGroup.Count> groupCounts = new Grouped<>();
    private final Grouped<Integer, Financing.Variant> financingVariants = new Grouped<>();
    private final Grouped<Owner, Funding> fundings = new Grouped<>();
    private final Grouped<Owner, Report> reports = new Grouped<>();
    private final Grouped<Integer, Remark> remarks = new Grouped<>();
    private final Grouped<Owner, Initiative> initiatives = new Grouped<>();
    private final Grouped<Owner, SectionRow> sectionRows = new Grouped<>();

    PlanTableReader(JdbcTemplate jdbc, String planId) {
        this.jdbc = jdbc;
        this.planId = planId;
    }

    Optional<Plan> read() {
        List<Plan> found = jdbc.query("select * from plan where id = ?", (rs, n) -> planRow(rs), planId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        each("select * from titled_text where plan_id = ? order by position, text_no", rs -> texts.add(
                Owner.of(integer(rs, "section_no"), integer(rs, "initiative_no")),
                new TitledText(rs.getString("heading"), rs.getString("description"))));
        readGoals();
        readInitiatives();
        each("select * from section where plan_id = ? order by position, section_no", rs -> sectionRows.add(
                Owner.of(integer(rs, "parent_no"), null),
                new SectionRow(rs.getInt("section_no"), rs.getString("section_id"), rs.getString("number"),
                        rs.getString("title"), rs.getString("description"))));
        List<String> levels = new ArrayList<>();
        each("select name from plan_level where plan_id = ? order by position", rs -> levels.add(rs.getString(1)));
        List<Unit> units = new ArrayList<>();
        each("select unit_id, name from plan_unit where plan_id = ? order by position",
                rs -> units.add(new Unit(rs.getString(1), rs.getString(2))));
        List<Grant> grants = new GrantTableReader(jdbc, planId).read();
        List<YearAmount> frame = new ArrayList<>();
        each("select year_number, amount from plan_budget_frame where plan_id = ? order by position",
                rs -> frame.add(new YearAmount(rs.getInt(1), requiredDecimal(rs, "amount"))));
        Plan head = found.get(0);
        return Optional.of(new Plan(head.id(), head.title(), head.kind(), head.organisation(), head.owner(),
                head.period(), head.status(), head.asOf(), head.text(), head.document(), texts.get(Owner.PLAN),
                head.significance(), List.copyOf(levels), List.copyOf(units), goals.get(Owner.PLAN),
                sections(Owner.PLAN), initiatives.get(Owner.PLAN), grants, List.copyOf(frame)));
    }

    /** The plan row alone, with empty lists where its children go. */
    private static Plan planRow(ResultSet rs) throws SQLException {
        DocumentInfo document = rs.getBoolean("has_document")
                ? new DocumentInfo(rs.getString("document_label"), rs.getString("document_title"), date(rs, "document_date"),
                        rs.getString("document_case_number"), rs.getString("document_number"))
                : null;
        return new Plan(rs.getString("id"), rs.getString("title"), rs.getString("kind"), rs.getString("organisation"),
                rs.getString("owner"),
                new PlanPeriod(requiredPeriod(rs, "period_start"), requiredPeriod(rs, "period_end")),
                enumOf(PlanStatus.class, rs.getString("status")), date(rs, "as_of"), rs.getString("description"),
                document, List.of(), decimal(rs, "significance"), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    private void readGoals() {
        each("select * from result_breakdown where plan_id = ? order by goal_no, result_position, position",
                rs -> breakdowns
                        .computeIfAbsent(new ResultKey(rs.getInt("goal_no"), rs.getInt("result_position")),
                                k -> new LinkedHashMap<>())
                        .put(rs.getString("label"), requiredDecimal(rs, "amount_value")));
        each("select * from goal_result where plan_id = ? order by goal_no, position", rs -> {
            int goalNo = rs.getInt("goal_no");
            Forecast forecast = rs.getBoolean("has_forecast")
                    ? new Forecast(decimal(rs, "forecast_value"), rs.getString("forecast_text"))
                    : null;
            Map<String, BigDecimal> breakdown = breakdowns.get(new ResultKey(goalNo, rs.getInt("position")));
            results.add(goalNo, new Result(requiredPeriod(rs, "period_text"), decimal(rs, "result_value"),
                    decimal(rs, "of_value"), rs.getString("display"), breakdown == null ? Map.of() : breakdown,
                    forecast, enumOf(Assessment.class, rs.getString("assessment")), rs.getString("reason"),
                    rs.getString("description"), date(rs, "as_of")));
        });
        each("select * from goal_target where plan_id = ? order by goal_no, position", rs -> {
            String referenceText = rs.getString("reference_text");
            Reference reference = referenceText == null ? null : new Reference(referenceText, decimal(rs, "reference_value"));
            Decision decision = rs.getBoolean("has_decision")
                    ? new Decision(rs.getString("decision_by"), date(rs, "decision_date"), rs.getString("decision_text"))
                    : null;
            targets.add(rs.getInt("goal_no"), new Target(period(rs, "period_text"), decimal(rs, "target_value"),
                    decimal(rs, "change_value"), decimal(rs, "change_percent"), decimal(rs, "tolerance"), reference,
                    rs.getString("description"), decision));
        });
        each("select * from goal where plan_id = ? order by position, goal_no", rs -> {
            int goalNo = rs.getInt("goal_no");
            Baseline baseline = rs.getBoolean("has_baseline")
                    ? new Baseline(decimal(rs, "baseline_value"), period(rs, "baseline_period"), rs.getString("baseline_text"))
                    : null;
            Period from = period(rs, "measurable_from");
            goals.add(Owner.of(integer(rs, "section_no"), integer(rs, "initiative_no")), new Goal(
                    rs.getString("goal_id"), rs.getString("number"), enumOf(GoalKind.class, rs.getString("kind")),
                    rs.getString("description"), enumOf(MeasureUnit.class, rs.getString("unit")),
                    enumOf(Direction.class, rs.getString("direction")), rs.getString("contributes_to"), baseline,
                    decimal(rs, "significance"), rs.getBoolean("multi_part"),
                    from == null ? null : new MeasurableFrom(from, rs.getString("measurable_from_text")),
                    targets.get(goalNo), results.get(goalNo)));
        });
    }

    private void readInitiatives() {
        String byInitiative = " where plan_id = ? order by initiative_no, position";
        each("select initiative_no, unit_id from initiative_unit" + byInitiative,
                rs -> initiativeUnits.add(rs.getInt(1), rs.getString(2)));
        each("select initiative_no, year_number, amount from initiative_budget" + byInitiative,
                rs -> budgets.add(rs.getInt(1), new YearAmount(rs.getInt(2), requiredDecimal(rs, "amount"))));
        each("select initiative_no, year_number, amount from financing_year" + byInitiative,
                rs -> financingYears.add(rs.getInt(1), new YearAmount(rs.getInt(2), requiredDecimal(rs, "amount"))));
        each("select initiative_no, label, amount_value from target_group_part" + byInitiative,
                rs -> groupParts.computeIfAbsent(rs.getInt(1), k -> new LinkedHashMap<>())
                        .put(rs.getString(2), requiredDecimal(rs, "amount_value")));
        each("select * from target_group_count" + byInitiative, rs -> groupCounts.add(rs.getInt("initiative_no"),
                new TargetGroup.Count(decimal(rs, "size_value"), decimal(rs, "size_max"), rs.getString("unit"))));
        each("select * from financing_variant" + byInitiative, rs -> financingVariants.add(rs.getInt("initiative_no"),
                new Financing.Variant(rs.getString("description"), decimal(rs, "amount_per_year"))));
        each("select * from funding where plan_id = ? order by position, funding_no", rs -> fundings.add(
                Owner.of(integer(rs, "section_no"), integer(rs, "initiative_no")),
                new Funding(rs.getString("grant_id"), integer(rs, "year_number"), decimal(rs, "fte"),
                        decimal(rs, "hired"), decimal(rs, "amount"))));
        each("select * from report where plan_id = ? order by position, report_no", rs -> reports.add(
                Owner.of(integer(rs, "section_no"), integer(rs, "initiative_no")),
                new Report(requiredPeriod(rs, "period_text"), rs.getString("description"), date(rs, "as_of"))));
        each("select * from initiative_remark" + byInitiative, rs -> remarks.add(rs.getInt("initiative_no"),
                new Remark(requiredPeriod(rs, "period_text"), rs.getString("description"))));
        each("select * from initiative where plan_id = ? order by position, initiative_no", rs -> {
            int no = rs.getInt("initiative_no");
            initiatives.add(Owner.of(integer(rs, "section_no"), null), new Initiative(
                    rs.getString("initiative_id"), rs.getString("number"), rs.getString("title"),
                    enumOf(InitiativeStatus.class, rs.getString("status")), period(rs, "start_period"),
                    period(rs, "end_period"), rs.getBoolean("evidence_based"), rs.getString("description"),
                    rs.getString("inspiration"), rs.getString("effect"), targetGroup(rs, no), financing(rs, no),
                    payForResults(rs), budgets.get(no), initiativeUnits.get(no), fundings.get(Owner.initiative(no)),
                    goals.get(Owner.initiative(no)), reports.get(Owner.initiative(no)), remarks.get(no),
                    texts.get(Owner.initiative(no)), origin(rs)));
        });
    }

    private static @Nullable Origin origin(ResultSet rs) throws SQLException {
        String plan = rs.getString("origin_plan_id");
        return plan == null
                ? null
                : new Origin(plan, rs.getString("origin_initiative_id"), decimal(rs, "origin_scale"));
    }

    private @Nullable TargetGroup targetGroup(ResultSet rs, int initiativeNo) throws SQLException {
        Map<String, BigDecimal> parts = groupParts.get(initiativeNo);
        return rs.getBoolean("has_target_group")
                ? new TargetGroup(rs.getString("target_group_text"), decimal(rs, "target_group_size"),
                        decimal(rs, "target_group_size_max"), rs.getString("target_group_unit"),
                        parts == null ? Map.of() : parts, groupCounts.get(initiativeNo))
                : null;
    }

    private @Nullable Financing financing(ResultSet rs, int initiativeNo) throws SQLException {
        return rs.getBoolean("has_financing")
                ? new Financing(rs.getString("financing_text"), decimal(rs, "financing_amount_per_year"),
                        decimal(rs, "financing_target_group_size"), rs.getBoolean("financing_scales"),
                        rs.getString("financing_per"), financingYears.get(initiativeNo),
                        financingVariants.get(initiativeNo))
                : null;
    }

    private static @Nullable PayForResults payForResults(ResultSet rs) throws SQLException {
        return rs.getBoolean("has_pay_for_results")
                ? new PayForResults(rs.getString("pay_text"), rs.getString("pay_goal_id"),
                        enumOf(PayRule.class, rs.getString("pay_rule")), decimal(rs, "pay_threshold"),
                        decimal(rs, "pay_amount"), decimal(rs, "pay_amount_per_outcome"), decimal(rs, "pay_cap"))
                : null;
    }

    /** The sections under a parent (or the plan), each with its subtree, goals, initiatives and texts. */
    private List<Section> sections(Owner parent) {
        List<Section> out = new ArrayList<>();
        for (SectionRow row : sectionRows.get(parent)) {
            Owner self = Owner.section(row.no());
            out.add(new Section(row.id(), row.number(), row.title(), row.text(), texts.get(self), goals.get(self),
                    sections(self), initiatives.get(self), fundings.get(self), reports.get(self)));
        }
        return List.copyOf(out);
    }

    private void each(String sql, RowCallbackHandler handler) {
        jdbc.query(sql, handler, planId);
    }
}
