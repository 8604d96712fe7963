package dk.pejling.plan;

import static dk.pejling.plan.Columns.amount;
import static dk.pejling.plan.Columns.code;
import static dk.pejling.plan.Columns.end;
import static dk.pejling.plan.Columns.figure;
import static dk.pejling.plan.Columns.start;
import static dk.pejling.plan.Columns.text;
import static java.sql.Types.BIGINT;
import static java.sql.Types.BOOLEAN;
import static java.sql.Types.DATE;
import static java.sql.Types.INTEGER;
import static java.sql.Types.NUMERIC;
import static java.sql.Types.TIMESTAMP_WITH_TIMEZONE;
import static java.sql.Types.VARCHAR;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes one plan into the tables: walks it once, numbering sections, initiatives, goals and
 * texts as it goes (the ordinals are the keys children refer to), then sends each table's rows
 * as one batch, parents before children. One writer per plan.
 */
final class PlanTableWriter {

    private final JdbcTemplate jdbc;
    private final String planId;

    private final Batch levels = Batch.insertInto("plan_level", "plan_id, position, name", VARCHAR, INTEGER, VARCHAR);
    private final Batch units = Batch.insertInto(
            "plan_unit", "plan_id, position, unit_id, name", VARCHAR, INTEGER, VARCHAR, VARCHAR);
    private final Batch sections = Batch.insertInto(
            "section",
            "plan_id, section_no, parent_no, position, section_id, number, title, description",
            VARCHAR, INTEGER, INTEGER, INTEGER, VARCHAR, VARCHAR, VARCHAR, VARCHAR);
    private final Batch initiatives = Batch.insertInto(
            "initiative",
            "plan_id, initiative_no, section_no, position, initiative_id, number, title, status,"
                    + " start_period, starts_on, end_period, ends_on, evidence_based, description, inspiration, effect,"
                    + " has_target_group, target_group_text, target_group_size, target_group_size_max, target_group_unit,"
                    + " has_financing, financing_text, financing_amount_per_year, financing_target_group_size,"
                    + " financing_scales, financing_per, has_pay_for_results, pay_text, pay_goal_id, pay_rule, pay_threshold,"
                    + " pay_amount, pay_amount_per_outcome, pay_cap, origin_plan_id, origin_initiative_id, origin_scale",
            VARCHAR, INTEGER, INTEGER, INTEGER, VARCHAR, VARCHAR, VARCHAR, VARCHAR,
            VARCHAR, DATE, VARCHAR, DATE, BOOLEAN, VARCHAR, VARCHAR, VARCHAR,
            BOOLEAN, VARCHAR, NUMERIC, NUMERIC, VARCHAR,
            BOOLEAN, VARCHAR, NUMERIC, NUMERIC,
            BOOLEAN, VARCHAR, BOOLEAN, VARCHAR, VARCHAR, VARCHAR, NUMERIC,
            NUMERIC, NUMERIC, NUMERIC, VARCHAR, VARCHAR, NUMERIC);
    private final Batch initiativeUnits = Batch.insertInto(
            "initiative_unit", "plan_id, initiative_no, position, unit_id", VARCHAR, INTEGER, INTEGER, VARCHAR);
    private final Batch budgets = Batch.insertInto(
            "initiative_budget", "plan_id, initiative_no, position, year_number, amount",
            VARCHAR, INTEGER, INTEGER, INTEGER, NUMERIC);
    private final Batch financingYears = Batch.insertInto(
            "financing_year", "plan_id, initiative_no, position, year_number, amount",
            VARCHAR, INTEGER, INTEGER, INTEGER, NUMERIC);
    private final Batch groupParts = Batch.insertInto(
            "target_group_part", "plan_id, initiative_no, position, label, amount_value",
            VARCHAR, INTEGER, INTEGER, VARCHAR, NUMERIC);
    private final Batch groupCounts = Batch.insertInto(
            "target_group_count", "plan_id, initiative_no, position, size_value, size_max, unit",
            VARCHAR, INTEGER, INTEGER, NUMERIC, NUMERIC, VARCHAR);
    private final Batch financingVariants = Batch.insertInto(
            "financing_variant", "plan_id, initiative_no, position, description, amount_per_year",
            VARCHAR, INTEGER, INTEGER, VARCHAR, NUMERIC);
    private final Batch fundings = Batch.insertInto(
            "funding",
            "plan_id, funding_no, section_no, initiative_no, position, grant_id, year_number, fte, hired, amount",
            VARCHAR, INTEGER, INTEGER, INTEGER, INTEGER, VARCHAR, INTEGER, NUMERIC, NUMERIC, NUMERIC);
    private final Batch reports = Batch.insertInto(
            "report",
            "plan_id, report_no, section_no, initiative_no, position, period_text, starts_on, ends_on, description,"
                    + " as_of",
            VARCHAR, INTEGER, INTEGER, INTEGER, INTEGER, VARCHAR, DATE, DATE, VARCHAR, DATE);
    private final Batch remarks = Batch.insertInto(
            "initiative_remark", "plan_id, initiative_no, position, period_text, starts_on, ends_on, description",
            VARCHAR, INTEGER, INTEGER, VARCHAR, DATE, DATE, VARCHAR);
    private final Batch texts = Batch.insertInto(
            "titled_text", "plan_id, text_no, section_no, initiative_no, position, heading, description",
            VARCHAR, INTEGER, INTEGER, INTEGER, INTEGER, VARCHAR, VARCHAR);
    private final Batch goals = Batch.insertInto(
            "goal",
            "plan_id, goal_no, section_no, initiative_no, position, goal_id, number, kind, description, unit,"
                    + " direction, contributes_to, has_baseline, baseline_value, baseline_period, baseline_text,"
                    + " significance, multi_part, measurable_from, measurable_from_text",
            VARCHAR, INTEGER, INTEGER, INTEGER, INTEGER, VARCHAR, VARCHAR, VARCHAR, VARCHAR, VARCHAR,
            VARCHAR, VARCHAR, BOOLEAN, NUMERIC, VARCHAR, VARCHAR,
            NUMERIC, BOOLEAN, VARCHAR, VARCHAR);
    private final Batch targets = Batch.insertInto(
            "goal_target",
            "plan_id, goal_no, position, period_text, starts_on, ends_on, target_value, change_value, change_percent,"
                    + " tolerance, reference_text, reference_value, description, has_decision, decision_by,"
                    + " decision_date, decision_text",
            VARCHAR, INTEGER, INTEGER, VARCHAR, DATE, DATE, NUMERIC, NUMERIC, NUMERIC,
            NUMERIC, VARCHAR, NUMERIC, VARCHAR, BOOLEAN, VARCHAR,
            DATE, VARCHAR);
    private final Batch results = Batch.insertInto(
            "goal_result",
            "plan_id, goal_no, position, period_text, starts_on, ends_on, result_value, of_value, display,"
                    + " has_forecast, forecast_value, forecast_text, assessment, reason, description, as_of",
            VARCHAR, INTEGER, INTEGER, VARCHAR, DATE, DATE, NUMERIC, NUMERIC, VARCHAR,
            BOOLEAN, NUMERIC, VARCHAR, VARCHAR, VARCHAR, VARCHAR, DATE);
    private final Batch breakdowns = Batch.insertInto(
            "result_breakdown", "plan_id, goal_no, result_position, position, label, amount_value",
            VARCHAR, INTEGER, INTEGER, INTEGER, VARCHAR, NUMERIC);
    private final Batch grants = Batch.insertInto(
            "plan_grant",
            "plan_id, grant_no, grant_id, title, grantor, period_start, period_end, starts_on, ends_on,"
                    + " conditions, unit_cost_amount, unit_cost_per",
            VARCHAR, INTEGER, VARCHAR, VARCHAR, VARCHAR, VARCHAR, VARCHAR, DATE, DATE,
            VARCHAR, NUMERIC, VARCHAR);
    private final Batch grantYears = Batch.insertInto(
            "grant_year_amount", "plan_id, grant_no, list_kind, position, year_number, amount",
            VARCHAR, INTEGER, VARCHAR, INTEGER, INTEGER, NUMERIC);
    private final Batch allocations = Batch.insertInto(
            "grant_allocation", "plan_id, grant_no, position, year_number, unit_id, fte, months, amount",
            VARCHAR, INTEGER, INTEGER, INTEGER, VARCHAR, NUMERIC, NUMERIC, NUMERIC);
    private final Batch carryOvers = Batch.insertInto(
            "grant_carry_over", "plan_id, grant_no, position, from_year, to_year, amount",
            VARCHAR, INTEGER, INTEGER, INTEGER, INTEGER, NUMERIC);
    private final Batch statedAmounts = Batch.insertInto(
            "grant_stated_amount", "plan_id, grant_no, list_kind, position, year_number, amount, stated_text",
            VARCHAR, INTEGER, VARCHAR, INTEGER, INTEGER, NUMERIC, VARCHAR);
    private final Batch frames = Batch.insertInto(
            "plan_budget_frame", "plan_id, position, year_number, amount", VARCHAR, INTEGER, INTEGER, NUMERIC);
    private final Batch conditions = Batch.insertInto(
            "grant_condition", "plan_id, grant_no, position, condition_kind, description, broken, note",
            VARCHAR, INTEGER, INTEGER, VARCHAR, VARCHAR, BOOLEAN, VARCHAR);

    private int sectionCount;
    private int initiativeCount;
    private int goalCount;
    private int textCount;
    private int fundingCount;
    private int reportCount;

    PlanTableWriter(JdbcTemplate jdbc, String planId) {
        this.jdbc = jdbc;
        this.planId = planId;
    }

    /** Inserts the plan row and every row under it; {@code version} starts at 0. */
    void insert(Plan plan, OffsetDateTime now, String revision) {
        insertPlanRow(plan, now, revision);
        insertChildren(plan);
    }

    /**
     * Rewrites a stored plan: the plan row is updated in place (so its row lock is held to the
     * commit and {@code version} counts on), every row under it deleted and written anew.
     * False where there is no plan row.
     */
    boolean replace(Plan plan, OffsetDateTime now, String revision) {
        if (!updatePlanRow(plan, now, revision)) {
            return false;
        }
        List<Batch> children = childBatches();
        for (int i = children.size() - 1; i >= 0; i--) {
            jdbc.update("delete from " + children.get(i).table() + " where plan_id = ?", planId);
        }
        insertChildren(plan);
        return true;
    }

    private List<Batch> childBatches() {
        // Foreign keys: sections (parents first, as numbered) before initiatives, both before
        // goals and texts, goals before targets and results, results before their breakdowns.
        return List.of(levels, units, sections, initiatives, initiativeUnits, budgets, groupParts,
                groupCounts, financingYears, financingVariants, fundings, reports, remarks, texts, goals, targets, results, breakdowns, grants, grantYears, allocations,
                carryOvers, statedAmounts, conditions, frames);
    }

    private void insertChildren(Plan plan) {
        for (int i = 0; i < plan.levels().size(); i++) {
            levels.add(planId, i, plan.levels().get(i));
        }
        for (int i = 0; i < plan.units().size(); i++) {
            Unit unit = plan.units().get(i);
            units.add(planId, i, unit.id(), unit.name());
        }
        addTexts(plan.texts(), null, null);
        addGoals(plan.goals(), null, null);
        for (int i = 0; i < plan.initiatives().size(); i++) {
            addInitiative(plan.initiatives().get(i), null, i);
        }
        for (int i = 0; i < plan.sections().size(); i++) {
            addSection(plan.sections().get(i), null, i);
        }
        for (int i = 0; i < plan.grants().size(); i++) {
            addGrant(plan.grants().get(i), i);
        }
        for (int i = 0; i < plan.budgetFrame().size(); i++) {
            YearAmount line = plan.budgetFrame().get(i);
            frames.add(planId, i, line.year(), amount(line.amount()));
        }
        for (Batch batch : childBatches()) {
            batch.writeTo(jdbc);
        }
    }

    private boolean updatePlanRow(Plan plan, OffsetDateTime now, String revision) {
        DocumentInfo document = plan.document();
        return jdbc.update(
                        "update plan set title = ?, kind = ?, organisation = ?, owner = ?, period_start = ?, period_end = ?,"
                                + " starts_on = ?, ends_on = ?, status = ?, as_of = ?, description = ?, has_document = ?,"
                                + " document_label = ?, document_title = ?, document_date = ?, document_case_number = ?,"
                                + " document_number = ?, significance = ?, revision = ?, version = version + 1, updated_at = ?"
                                + " where id = ?",
                        new Object[] {
                            plan.title(), plan.kind(), plan.organisation(), plan.owner(),
                            plan.period().start().toString(), plan.period().end().toString(),
                            plan.period().start().start(), plan.period().end().end(),
                            code(plan.status()), plan.asOf(), plan.text(), document != null,
                            document == null ? null : document.label(), document == null ? null : document.title(), document == null ? null : document.date(),
                            document == null ? null : document.caseNumber(), document == null ? null : document.documentNumber(),
                            figure(plan.significance()), revision, now, planId
                        },
                        new int[] {
                            VARCHAR, VARCHAR, VARCHAR, VARCHAR, VARCHAR, VARCHAR,
                            DATE, DATE, VARCHAR, DATE, VARCHAR, BOOLEAN,
                            VARCHAR, VARCHAR, DATE, VARCHAR,
                            VARCHAR, NUMERIC, VARCHAR, TIMESTAMP_WITH_TIMEZONE, VARCHAR
                        })
                > 0;
    }

    private void insertPlanRow(Plan plan, OffsetDateTime now, String revision) {
        DocumentInfo document = plan.document();
        jdbc.update(
                "insert into plan (id, title, kind, organisation, owner, period_start, period_end, starts_on, ends_on,"
                        + " status, as_of, description, has_document, document_label, document_title, document_date,"
                        + " document_case_number, document_number, significance, revision, version, created_at, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                new Object[] {
                    planId, plan.title(), plan.kind(), plan.organisation(), plan.owner(),
                    plan.period().start().toString(), plan.period().end().toString(),
                    plan.period().start().start(), plan.period().end().end(),
                    code(plan.status()), plan.asOf(), plan.text(), document != null,
                    document == null ? null : document.label(), document == null ? null : document.title(), document == null ? null : document.date(),
                    document == null ? null : document.caseNumber(), document == null ? null : document.documentNumber(),
                    figure(plan.significance()), revision, 0L, now, now
                },
                new int[] {
                    VARCHAR, VARCHAR, VARCHAR, VARCHAR, VARCHAR, VARCHAR, VARCHAR, DATE, DATE,
                    VARCHAR, DATE, VARCHAR, BOOLEAN, VARCHAR, VARCHAR, DATE,
                    VARCHAR, VARCHAR, NUMERIC, VARCHAR, BIGINT, TIMESTAMP_WITH_TIMEZONE, TIMESTAMP_WITH_TIMEZONE
                });
    }

    private void addSection(Section section, @Nullable Integer parentNo, int position) {
        int sectionNo = ++sectionCount;
        sections.add(planId, sectionNo, parentNo, position, section.id(), section.number(), section.title(),
                section.text());
        addTexts(section.texts(), sectionNo, null);
        addGoals(section.goals(), sectionNo, null);
        addFunding(section.funding(), sectionNo, null);
        addReports(section.reports(), sectionNo, null);
        for (int i = 0; i < section.initiatives().size(); i++) {
            addInitiative(section.initiatives().get(i), sectionNo, i);
        }
        for (int i = 0; i < section.sections().size(); i++) {
            addSection(section.sections().get(i), sectionNo, i);
        }
    }

    private void addInitiative(Initiative initiative, @Nullable Integer sectionNo, int position) {
        int no = ++initiativeCount;
        TargetGroup group = initiative.targetGroup();
        Financing financing = initiative.financing();
        PayForResults pay = initiative.payForResults();
        Origin origin = initiative.origin();
        initiatives.add(planId, no, sectionNo, position, initiative.id(), initiative.number(), initiative.title(),
                code(initiative.status()),
                text(initiative.start()), start(initiative.start()), text(initiative.end()), end(initiative.end()),
                initiative.evidenceBased(), initiative.text(), initiative.inspiration(), initiative.effect(),
                group != null, group == null ? null : group.text(), group == null ? null : figure(group.size()),
                group == null ? null : figure(group.sizeMax()), group == null ? null : group.unit(),
                financing != null, financing == null ? null : financing.text(),
                financing == null ? null : amount(financing.amountPerYear()),
                financing == null ? null : figure(financing.targetGroupSize()),
                financing != null && financing.scalesWithTargetGroup(), financing == null ? null : financing.per(),
                pay != null, pay == null ? null : pay.text(), pay == null ? null : pay.goal(),
                pay == null ? null : code(pay.rule()), pay == null ? null : figure(pay.threshold()),
                pay == null ? null : amount(pay.amount()), pay == null ? null : amount(pay.amountPerOutcome()),
                pay == null ? null : amount(pay.cap()),
                origin == null ? null : origin.plan(), origin == null ? null : origin.initiative(),
                origin == null ? null : figure(origin.scale()));
        for (int i = 0; i < initiative.units().size(); i++) {
            initiativeUnits.add(planId, no, i, initiative.units().get(i));
        }
        for (int i = 0; i < initiative.budget().size(); i++) {
            YearAmount line = initiative.budget().get(i);
            budgets.add(planId, no, i, line.year(), amount(line.amount()));
        }
        if (group != null) {
            int part = 0;
            for (Map.Entry<String, BigDecimal> e : group.breakdown().entrySet()) {
                groupParts.add(planId, no, part++, e.getKey(), figure(e.getValue()));
            }
            for (int i = 0; i < group.also().size(); i++) {
                TargetGroup.Count c = group.also().get(i);
                groupCounts.add(planId, no, i, figure(c.size()), figure(c.sizeMax()), c.unit());
            }
        }
        if (financing != null) {
            for (int i = 0; i < financing.years().size(); i++) {
                YearAmount line = financing.years().get(i);
                financingYears.add(planId, no, i, line.year(), amount(line.amount()));
            }
            for (int i = 0; i < financing.variants().size(); i++) {
                Financing.Variant v = financing.variants().get(i);
                financingVariants.add(planId, no, i, v.text(), amount(v.amountPerYear()));
            }
        }
        addFunding(initiative.funding(), null, no);
        addReports(initiative.reports(), null, no);
        for (int i = 0; i < initiative.remarks().size(); i++) {
            Remark r = initiative.remarks().get(i);
            remarks.add(planId, no, i, r.period().toString(), r.period().start(), r.period().end(), r.text());
        }
        addTexts(initiative.texts(), null, no);
        addGoals(initiative.goals(), null, no);
    }

    private void addFunding(List<Funding> list, @Nullable Integer sectionNo, @Nullable Integer initiativeNo) {
        for (int i = 0; i < list.size(); i++) {
            Funding f = list.get(i);
            fundings.add(planId, ++fundingCount, sectionNo, initiativeNo, i, f.grant(), f.year(), figure(f.fte()),
                    figure(f.hired()), amount(f.amount()));
        }
    }

    private void addReports(List<Report> list, @Nullable Integer sectionNo, @Nullable Integer initiativeNo) {
        for (int i = 0; i < list.size(); i++) {
            Report r = list.get(i);
            reports.add(planId, ++reportCount, sectionNo, initiativeNo, i, r.period().toString(), r.period().start(),
                    r.period().end(), r.text(), r.asOf());
        }
    }

    private void addTexts(List<TitledText> list, @Nullable Integer sectionNo, @Nullable Integer initiativeNo) {
        for (int i = 0; i < list.size(); i++) {
            TitledText t = list.get(i);
            texts.add(planId, ++textCount, sectionNo, initiativeNo, i, t.heading(), t.text());
        }
    }

    private void addGoals(List<Goal> list, @Nullable Integer sectionNo, @Nullable Integer initiativeNo) {
        for (int i = 0; i < list.size(); i++) {
            addGoal(list.get(i), sectionNo, initiativeNo, i);
        }
    }

    private void addGoal(Goal goal, @Nullable Integer sectionNo, @Nullable Integer initiativeNo, int position) {
        int no = ++goalCount;
        Baseline baseline = goal.baseline();
        MeasurableFrom from = goal.measurableFrom();
        goals.add(planId, no, sectionNo, initiativeNo, position, goal.id(), goal.number(), code(goal.kind()),
                goal.text(), code(goal.unit()), code(goal.direction()), goal.contributesTo(),
                baseline != null, baseline == null ? null : figure(baseline.value()),
                baseline == null ? null : text(baseline.date()), baseline == null ? null : baseline.text(),
                figure(goal.significance()), goal.multiPart(),
                from == null ? null : from.period().toString(), from == null ? null : from.text());
        for (int i = 0; i < goal.targets().size(); i++) {
            Target t = goal.targets().get(i);
            Reference ref = t.reference();
            Decision decision = t.decision();
            targets.add(planId, no, i, text(t.period()), start(t.period()), end(t.period()),
                    figure(t.value()), figure(t.change()), figure(t.changePercent()), figure(t.tolerance()),
                    ref == null ? null : ref.text(), ref == null ? null : figure(ref.value()), t.text(),
                    decision != null, decision == null ? null : decision.by(),
                    decision == null ? null : decision.date(), decision == null ? null : decision.text());
        }
        for (int i = 0; i < goal.results().size(); i++) {
            Result r = goal.results().get(i);
            Forecast forecast = r.forecast();
            results.add(planId, no, i, r.period().toString(), r.period().start(), r.period().end(),
                    figure(r.value()), figure(r.of()), r.display(),
                    forecast != null, forecast == null ? null : figure(forecast.value()),
                    forecast == null ? null : forecast.text(),
                    code(r.assessment()), r.reason(), r.text(), r.asOf());
            int part = 0;
            for (Map.Entry<String, BigDecimal> e : r.breakdown().entrySet()) {
                breakdowns.add(planId, no, i, part++, e.getKey(), figure(e.getValue()));
            }
        }
    }

    private void addGrant(Grant grant, int grantNo) {
        PlanPeriod period = grant.period();
        UnitCost cost = grant.unitCost();
        grants.add(planId, grantNo, grant.id(), grant.title(), grant.grantor(),
                period == null ? null : period.start().toString(), period == null ? null : period.end().toString(),
                period == null ? null : period.start().start(), period == null ? null : period.end().end(),
                grant.conditions(), cost == null ? null : amount(cost.amount()), cost == null ? null : cost.per());
        addYearAmounts(grantNo, "award", grant.awards());
        addYearAmounts(grantNo, "spending", grant.spending());
        for (int i = 0; i < grant.allocations().size(); i++) {
            Allocation a = grant.allocations().get(i);
            allocations.add(planId, grantNo, i, a.year(), a.unit(), figure(a.fte()), figure(a.months()),
                    amount(a.amount()));
        }
        for (int i = 0; i < grant.carryOver().size(); i++) {
            CarryOver c = grant.carryOver().get(i);
            carryOvers.add(planId, grantNo, i, c.from(), c.to(), amount(c.amount()));
        }
        addStatedAmounts(grantNo, "expected_cost", grant.expectedCost());
        addStatedAmounts(grantNo, "pool", grant.pool());
        addStatedAmounts(grantNo, "underspend", grant.underspend());
        for (int i = 0; i < grant.terms().size(); i++) {
            GrantCondition c = grant.terms().get(i);
            conditions.add(planId, grantNo, i, code(c.kind()), c.text(), c.broken(), c.note());
        }
    }

    private void addYearAmounts(int grantNo, String kind, List<YearAmount> list) {
        for (int i = 0; i < list.size(); i++) {
            grantYears.add(planId, grantNo, kind, i, list.get(i).year(), amount(list.get(i).amount()));
        }
    }

    private void addStatedAmounts(int grantNo, String kind, List<StatedAmount> list) {
        for (int i = 0; i < list.size(); i++) {
            StatedAmount s = list.get(i);
            statedAmounts.add(planId, grantNo, kind, i, s.year(), amount(s.amount()), s.text());
        }
    }
}
