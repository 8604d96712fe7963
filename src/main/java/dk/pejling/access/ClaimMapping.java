package dk.pejling.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns an identity provider's claims into a Pejling role and units. A claim may hold a list or a
 * text with values separated by commas or spaces (providers differ); claim values are compared
 * exactly, and when several roles match the strongest wins. No match means no access.
 */
record ClaimMapping(String roleClaim, Map<Role, List<String>> roles, String unitClaim, String usernameClaim) {

    Optional<Role> role(Map<String, Object> claims) {
        Set<String> values = values(claims.get(roleClaim));
        @org.jspecify.annotations.Nullable Role best = null;
        for (Map.Entry<Role, List<String>> entry : roles.entrySet()) {
            boolean matches = entry.getValue().stream().map(String::trim).anyMatch(values::contains);
            if (matches && (best == null || entry.getKey().compareTo(best) < 0)) {
                best = entry.getKey();
            }
        }
        return Optional.ofNullable(best);
    }

    List<String> units(Map<String, Object> claims) {
        return new ArrayList<>(values(claims.get(unitClaim)));
    }

    String username(Map<String, Object> claims, String subject) {
        Object value = claims.get(usernameClaim);
        return value instanceof String s && !s.isBlank() ? s.trim() : subject;
    }

    private static Set<String> values(@org.jspecify.annotations.Nullable Object claim) {
        Set<String> values = new TreeSet<>();
        if (claim instanceof Collection<?> list) {
            for (Object item : list) {
                if (item != null && !item.toString().isBlank()) {
                    values.add(item.toString().trim());
                }
            }
        } else if (claim instanceof String text) {
            for (String part : text.split("[,\\s]+")) {
                if (!part.isBlank()) {
                    values.add(part);
                }
            }
        }
        return values;
    }
}
