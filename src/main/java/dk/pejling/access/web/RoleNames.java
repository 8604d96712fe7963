package dk.pejling.access.web;

import dk.pejling.access.Role;
import java.util.Arrays;
import java.util.List;

/** The roles in the Danish of the pages. */
final class RoleNames {

    record Choice(String value, String label) {}

    private RoleNames() {}

    static String of(Role role) {
        return switch (role) {
            case ADMIN -> "Administrator";
            case PLANNER -> "Planlægger";
            case UNIT_REPORTER -> "Enhedsrapportør";
            case READER -> "Læser";
        };
    }

    static List<Choice> all() {
        return Arrays.stream(Role.values()).map(r -> new Choice(r.name(), of(r))).toList();
    }
}
