package dk.pejling.access;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * How a signed-in person's role and units travel in Spring Security, whichever way they signed in
 * (password, identity provider, JWT, API token): the role as {@code ROLE_X}, each unit as
 * {@code UNIT:id}.
 */
public final class Authorities {

    static final String UNIT_PREFIX = "UNIT:";

    private Authorities() {}

    static List<GrantedAuthority> of(Role role, Collection<String> units) {
        List<GrantedAuthority> all = new ArrayList<>();
        all.add(new SimpleGrantedAuthority(role.authority()));
        units.stream().sorted().forEach(u -> all.add(new SimpleGrantedAuthority(UNIT_PREFIX + u)));
        return all;
    }

    /** The strongest role among the authorities, if any. */
    public static Optional<Role> role(Authentication authentication) {
        Set<String> names = names(authentication.getAuthorities());
        return Arrays.stream(Role.values())
                .filter(r -> names.contains(r.authority()))
                .min(Comparator.naturalOrder());
    }

    /** The units a unit reporter reports for (sorted). */
    public static Set<String> units(Authentication authentication) {
        Set<String> units = new TreeSet<>();
        for (String name : names(authentication.getAuthorities())) {
            if (name.startsWith(UNIT_PREFIX)) {
                units.add(name.substring(UNIT_PREFIX.length()));
            }
        }
        return units;
    }

    private static Set<String> names(Collection<? extends GrantedAuthority> authorities) {
        Set<String> names = new TreeSet<>();
        for (GrantedAuthority a : authorities) {
            if (a.getAuthority() != null) {
                names.add(a.getAuthority());
            }
        }
        return names;
    }
}
