package dk.pejling.bundle;

import dk.pejling.plan.Allocation;
import dk.pejling.plan.Baseline;
import dk.pejling.plan.CarryOver;
import dk.pejling.plan.Decision;
import dk.pejling.plan.DocumentInfo;
import dk.pejling.plan.Financing;
import dk.pejling.plan.Forecast;
import dk.pejling.plan.Funding;
import dk.pejling.plan.Goal;
import dk.pejling.plan.Grant;
import dk.pejling.plan.GrantCondition;
import dk.pejling.plan.Initiative;
import dk.pejling.plan.Origin;
import dk.pejling.plan.MeasurableFrom;
import dk.pejling.plan.PayForResults;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanPeriod;
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
import dk.pejling.shared.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a plan as a bundle tree, fields in the design page's order, leaving out what is empty:
 * null fields, empty lists and maps, and false flags. A year is written as a number and any other
 * period as its text, so that reading the tree back gives the same plan.
 */
final class PlanTreeWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    ObjectNode bundle(Plan plan) {
        ObjectNode root = NODES.objectNode();
        root.put("format", PlanTreeReader.FORMAT);
        root.set("plan", plan(plan));
        return root;
    }

    private ObjectNode plan(Plan p) {
        Fields o = new Fields();
        o.text("id", p.id());
        o.text("title", p.title());
        o.text("kind", p.kind());
        o.text("organisation", p.organisation());
        o.text("owner", p.owner());
        o.span("period", p.period());
        o.text("status", BundleObject.code(p.status()));
        o.date("asOf", p.asOf());
        o.text("text", p.text());
        o.object("document", p.document(), this::document);
        o.list("texts", p.texts(), this::titledText);
        o.decimal("significance", p.significance());
        o.texts("levels", p.levels());
        o.list("units", p.units(), this::unit);
        o.list("goals", p.goals(), this::goal);
        o.list("sections", p.sections(), this::section);
        o.list("initiatives", p.initiatives(), this::initiative);
        o.list("grants", p.grants(), this::grant);
        o.list("budgetFrame", p.budgetFrame(), this::yearAmount);
        return o.node;
    }

    private void document(Fields o, DocumentInfo d) {
        o.text("label", d.label());
        o.text("title", d.title());
        o.date("date", d.date());
        o.text("caseNumber", d.caseNumber());
        o.text("documentNumber", d.documentNumber());
    }

    private void titledText(Fields o, TitledText t) {
        o.text("heading", t.heading());
        o.text("text", t.text());
    }

    private void unit(Fields o, Unit u) {
        o.text("id", u.id());
        o.text("name", u.name());
    }

    private void section(Fields o, Section s) {
        o.text("id", s.id());
        o.text("number", s.number());
        o.text("title", s.title());
        o.text("text", s.text());
        o.list("texts", s.texts(), this::titledText);
        o.list("goals", s.goals(), this::goal);
        o.list("sections", s.sections(), this::section);
        o.list("initiatives", s.initiatives(), this::initiative);
        o.list("funding", s.funding(), this::funding);
        o.list("reports", s.reports(), this::report);
    }

    private void initiative(Fields o, Initiative i) {
        o.text("id", i.id());
        o.text("number", i.number());
        o.text("title", i.title());
        o.text("status", i.status() == null ? null : BundleObject.code(i.status()));
        o.period("start", i.start());
        o.period("end", i.end());
        o.flag("evidenceBased", i.evidenceBased());
        o.text("text", i.text());
        o.text("inspiration", i.inspiration());
        o.text("effect", i.effect());
        o.object("targetGroup", i.targetGroup(), this::targetGroup);
        o.object("financing", i.financing(), this::financing);
        o.object("payForResults", i.payForResults(), this::payForResults);
        o.list("budget", i.budget(), this::yearAmount);
        o.texts("units", i.units());
        o.list("funding", i.funding(), this::funding);
        o.list("goals", i.goals(), this::goal);
        o.list("reports", i.reports(), this::report);
        o.list("remarks", i.remarks(), this::remark);
        o.list("texts", i.texts(), this::titledText);
        o.object("origin", i.origin(), this::origin);
    }

    private void origin(Fields o, Origin origin) {
        o.text("plan", origin.plan());
        o.text("initiative", origin.initiative());
        o.decimal("scale", origin.scale());
    }

    private void targetGroup(Fields o, TargetGroup t) {
        o.text("text", t.text());
        o.decimal("size", t.size());
        o.decimal("sizeMax", t.sizeMax());
        o.text("unit", t.unit());
        o.decimals("breakdown", t.breakdown());
        o.list("also", t.also(), this::count);
    }

    private void count(Fields o, TargetGroup.Count c) {
        o.decimal("size", c.size());
        o.decimal("sizeMax", c.sizeMax());
        o.text("unit", c.unit());
    }

    private void financing(Fields o, Financing f) {
        o.text("text", f.text());
        o.decimal("amountPerYear", f.amountPerYear());
        o.decimal("targetGroupSize", f.targetGroupSize());
        o.flag("scalesWithTargetGroup", f.scalesWithTargetGroup());
        o.text("per", f.per());
        o.list("years", f.years(), this::yearAmount);
        o.list("variants", f.variants(), this::variant);
    }

    private void variant(Fields o, Financing.Variant v) {
        o.text("text", v.text());
        o.decimal("amountPerYear", v.amountPerYear());
    }

    private void payForResults(Fields o, PayForResults p) {
        o.text("text", p.text());
        o.text("goal", p.goal());
        o.text("rule", p.rule() == null ? null : BundleObject.code(p.rule()));
        o.decimal("threshold", p.threshold());
        o.decimal("amount", p.amount());
        o.decimal("amountPerOutcome", p.amountPerOutcome());
        o.decimal("cap", p.cap());
    }

    private void yearAmount(Fields o, YearAmount y) {
        o.year("year", y.year());
        o.decimal("amount", y.amount());
    }

    private void funding(Fields o, Funding f) {
        o.text("grant", f.grant());
        o.decimal("fte", f.fte());
        o.decimal("hired", f.hired());
        o.year("year", f.year());
        o.decimal("amount", f.amount());
    }

    private void report(Fields o, Report r) {
        o.period("period", r.period());
        o.text("text", r.text());
        o.date("asOf", r.asOf());
    }

    private void remark(Fields o, Remark r) {
        o.period("period", r.period());
        o.text("text", r.text());
    }

    private void goal(Fields o, Goal g) {
        o.text("id", g.id());
        o.text("number", g.number());
        o.text("kind", BundleObject.code(g.kind()));
        o.text("text", g.text());
        o.text("unit", BundleObject.code(g.unit()));
        o.text("direction", BundleObject.code(g.direction()));
        o.text("contributesTo", g.contributesTo());
        o.object("baseline", g.baseline(), this::baseline);
        o.decimal("significance", g.significance());
        o.flag("multiPart", g.multiPart());
        o.object("measurableFrom", g.measurableFrom(), this::measurableFrom);
        o.list("targets", g.targets(), this::target);
        o.list("results", g.results(), this::result);
    }

    private void baseline(Fields o, Baseline b) {
        o.decimal("value", b.value());
        o.period("date", b.date());
        o.text("text", b.text());
    }

    private void measurableFrom(Fields o, MeasurableFrom m) {
        o.period("period", m.period());
        o.text("text", m.text());
    }

    private void target(Fields o, Target t) {
        o.period("period", t.period());
        o.decimal("value", t.value());
        o.decimal("change", t.change());
        o.decimal("changePercent", t.changePercent());
        o.decimal("tolerance", t.tolerance());
        o.object("reference", t.reference(), this::reference);
        o.text("text", t.text());
        o.object("decision", t.decision(), this::decision);
    }

    private void reference(Fields o, Reference r) {
        o.text("text", r.text());
        o.decimal("value", r.value());
    }

    private void decision(Fields o, Decision d) {
        o.text("by", d.by());
        o.date("date", d.date());
        o.text("text", d.text());
    }

    private void result(Fields o, Result r) {
        o.period("period", r.period());
        o.decimal("value", r.value());
        o.decimal("of", r.of());
        o.text("display", r.display());
        o.decimals("breakdown", r.breakdown());
        o.object("forecast", r.forecast(), this::forecast);
        o.text("assessment", r.assessment() == null ? null : BundleObject.code(r.assessment()));
        o.text("reason", r.reason());
        o.text("text", r.text());
        o.date("asOf", r.asOf());
    }

    private void forecast(Fields o, Forecast f) {
        o.decimal("value", f.value());
        o.text("text", f.text());
    }

    private void grant(Fields o, Grant g) {
        o.text("id", g.id());
        o.text("title", g.title());
        o.text("grantor", g.grantor());
        o.span("period", g.period());
        o.text("conditions", g.conditions());
        o.object("unitCost", g.unitCost(), this::unitCost);
        o.list("awards", g.awards(), this::yearAmount);
        o.list("allocations", g.allocations(), this::allocation);
        o.list("spending", g.spending(), this::yearAmount);
        o.list("carryOver", g.carryOver(), this::carryOver);
        o.list("expectedCost", g.expectedCost(), this::statedAmount);
        o.list("pool", g.pool(), this::statedAmount);
        o.list("underspend", g.underspend(), this::statedAmount);
        o.list("terms", g.terms(), this::condition);
    }

    private void condition(Fields o, GrantCondition c) {
        o.text("text", c.text());
        o.text("kind", c.kind() == null ? null : BundleObject.code(c.kind()));
        o.flag("broken", c.broken());
        o.text("note", c.note());
    }

    private void unitCost(Fields o, UnitCost u) {
        o.decimal("amount", u.amount());
        o.text("per", u.per());
    }

    private void allocation(Fields o, Allocation a) {
        o.year("year", a.year());
        o.text("unit", a.unit());
        o.decimal("fte", a.fte());
        o.decimal("months", a.months());
        o.decimal("amount", a.amount());
    }

    private void carryOver(Fields o, CarryOver c) {
        o.year("from", c.from());
        o.year("to", c.to());
        o.decimal("amount", c.amount());
    }

    private void statedAmount(Fields o, StatedAmount s) {
        o.year("year", s.year());
        o.decimal("amount", s.amount());
        o.text("text", s.text());
    }

    /** An object being written; every method leaves out an empty value. */
    private static final class Fields {
        final ObjectNode node = NODES.objectNode();

        void text(String name, @Nullable String value) {
            if (value != null) {
                node.put(name, value);
            }
        }

        void decimal(String name, @Nullable BigDecimal value) {
            if (value != null) {
                node.put(name, value);
            }
        }

        void flag(String name, boolean value) {
            if (value) {
                node.put(name, true);
            }
        }

        void year(String name, @Nullable Integer year) {
            if (year != null) {
                node.put(name, year.intValue());
            }
        }

        void period(String name, @Nullable Period period) {
            if (period == null) {
                return;
            }
            if (period.isYear()) {
                node.put(name, period.year());
            } else {
                node.put(name, period.toString());
            }
        }

        void date(String name, @Nullable LocalDate date) {
            if (date != null) {
                node.put(name, date.toString());
            }
        }

        void span(String name, @Nullable PlanPeriod span) {
            if (span != null) {
                ObjectNode child = node.putObject(name);
                Fields fields = new Fields();
                fields.period("start", span.start());
                fields.period("end", span.end());
                child.setAll(fields.node);
            }
        }

        void texts(String name, List<String> values) {
            if (!values.isEmpty()) {
                ArrayNode array = node.putArray(name);
                values.forEach(array::add);
            }
        }

        void decimals(String name, Map<String, BigDecimal> values) {
            if (!values.isEmpty()) {
                ObjectNode child = node.putObject(name);
                values.forEach(child::put);
            }
        }

        <T> void object(String name, @Nullable T value, BiConsumer<Fields, T> writer) {
            if (value != null) {
                Fields child = new Fields();
                writer.accept(child, value);
                node.set(name, child.node);
            }
        }

        <T> void list(String name, List<T> values, BiConsumer<Fields, T> writer) {
            if (!values.isEmpty()) {
                ArrayNode array = node.putArray(name);
                for (T value : values) {
                    Fields child = new Fields();
                    writer.accept(child, value);
                    array.add(child.node);
                }
            }
        }
    }
}
