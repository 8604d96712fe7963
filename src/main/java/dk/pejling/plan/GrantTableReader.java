package dk.pejling.plan;

import static dk.pejling.plan.Columns.decimal;
import static dk.pejling.plan.Columns.period;
import static dk.pejling.plan.Columns.requiredDecimal;

import dk.pejling.shared.Period;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/** Reads a plan's grants with their awards, allocations, spending and stated figures: one query per table. */
final class GrantTableReader {

    private record ListKey(int grantNo, String kind) {}

    private final JdbcTemplate jdbc;
    private final String planId;

    GrantTableReader(JdbcTemplate jdbc, String planId) {
        this.jdbc = jdbc;
        this.planId = planId;
    }

    List<Grant> read() {
        Grouped<ListKey, YearAmount> yearAmounts = new Grouped<>();
        each("select grant_no, list_kind, year_number, amount from grant_year_amount"
                        + " where plan_id = ? order by grant_no, list_kind, position",
                rs -> yearAmounts.add(new ListKey(rs.getInt(1), rs.getString(2)),
                        new YearAmount(rs.getInt(3), requiredDecimal(rs, "amount"))));
        Grouped<ListKey, StatedAmount> stated = new Grouped<>();
        each("select grant_no, list_kind, year_number, amount, stated_text from grant_stated_amount"
                        + " where plan_id = ? order by grant_no, list_kind, position",
                rs -> stated.add(new ListKey(rs.getInt(1), rs.getString(2)),
                        new StatedAmount(rs.getInt(3), decimal(rs, "amount"), rs.getString(5))));
        Grouped<Integer, Allocation> allocations = new Grouped<>();
        each("select * from grant_allocation where plan_id = ? order by grant_no, position",
                rs -> allocations.add(rs.getInt("grant_no"), new Allocation(rs.getInt("year_number"),
                        rs.getString("unit_id"), decimal(rs, "fte"), decimal(rs, "months"), decimal(rs, "amount"))));
        Grouped<Integer, CarryOver> carryOvers = new Grouped<>();
        each("select * from grant_carry_over where plan_id = ? order by grant_no, position",
                rs -> carryOvers.add(rs.getInt("grant_no"), new CarryOver(rs.getInt("from_year"),
                        rs.getInt("to_year"), requiredDecimal(rs, "amount"))));
        Grouped<Integer, GrantCondition> conditions = new Grouped<>();
        each("select * from grant_condition where plan_id = ? order by grant_no, position",
                rs -> conditions.add(rs.getInt("grant_no"), new GrantCondition(rs.getString("description"),
                        Columns.enumOf(GrantCondition.Kind.class, rs.getString("condition_kind")),
                        rs.getBoolean("broken"), rs.getString("note"))));
        List<Grant> grants = new ArrayList<>();
        each("select * from plan_grant where plan_id = ? order by grant_no", rs -> {
            int no = rs.getInt("grant_no");
            Period start = period(rs, "period_start");
            Period end = period(rs, "period_end");
            java.math.BigDecimal costAmount = decimal(rs, "unit_cost_amount");
            grants.add(new Grant(rs.getString("grant_id"), rs.getString("title"), rs.getString("grantor"),
                    start == null || end == null ? null : new PlanPeriod(start, end), rs.getString("conditions"),
                    costAmount == null ? null : new UnitCost(costAmount, rs.getString("unit_cost_per")),
                    yearAmounts.get(new ListKey(no, "award")), allocations.get(no),
                    yearAmounts.get(new ListKey(no, "spending")), carryOvers.get(no),
                    stated.get(new ListKey(no, "expected_cost")), stated.get(new ListKey(no, "pool")),
                    stated.get(new ListKey(no, "underspend")), conditions.get(no)));
        });
        return List.copyOf(grants);
    }

    private void each(String sql, RowCallbackHandler handler) {
        jdbc.query(sql, handler, planId);
    }
}
