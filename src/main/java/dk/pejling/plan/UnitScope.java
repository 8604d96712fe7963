package dk.pejling.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A plan as a unit reporter may see it: only the initiatives that one of the reporter's units runs,
 * in their sections; sections left empty drop out. Plan-wide goals and grants are the
 * administration's, not the unit's, so they are left out too.
 */
public final class UnitScope {

    private UnitScope() {}

    public static boolean runs(Set<String> units, Initiative initiative) {
        return initiative.units().stream().anyMatch(units::contains);
    }

    public static Plan of(Plan plan, Set<String> units) {
        return new Plan(plan.id(), plan.title(), plan.kind(), plan.organisation(), plan.owner(), plan.period(),
                plan.status(), plan.asOf(), plan.text(), plan.document(), plan.texts(), plan.significance(),
                plan.levels(), plan.units(), List.of(), sections(plan.sections(), units),
                initiatives(plan.initiatives(), units), List.of(), List.of());
    }

    private static List<Initiative> initiatives(List<Initiative> initiatives, Set<String> units) {
        return initiatives.stream().filter(i -> runs(units, i)).toList();
    }

    private static List<Section> sections(List<Section> sections, Set<String> units) {
        List<Section> out = new ArrayList<>();
        for (Section s : sections) {
            List<Section> children = sections(s.sections(), units);
            List<Initiative> own = initiatives(s.initiatives(), units);
            if (!children.isEmpty() || !own.isEmpty()) {
                out.add(new Section(s.id(), s.number(), s.title(), s.text(), s.texts(), List.of(), children, own,
                        List.of(), List.of()));
            }
        }
        return out;
    }
}
