package dk.pejling.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClaimMappingTest {

    private final ClaimMapping mapping = new ClaimMapping(
            "roles",
            Map.of(Role.PLANNER, List.of("Planlaegger"), Role.UNIT_REPORTER, List.of("Enhed", "Rapportoer"),
                    Role.READER, List.of("Medarbejder")),
            "units",
            "preferred_username");

    @Test
    void givesTheStrongestRoleAmongTheClaimValues() {
        assertThat(mapping.role(Map.of("roles", List.of("Medarbejder", "Planlaegger", "Enhed")))).contains(Role.PLANNER);
        assertThat(mapping.role(Map.of("roles", List.of("Medarbejder")))).contains(Role.READER);
    }

    @Test
    void readsAClaimWrittenAsTextSeparatedByCommasOrSpaces() {
        assertThat(mapping.role(Map.of("roles", "Andet, Rapportoer"))).contains(Role.UNIT_REPORTER);
        assertThat(mapping.role(Map.of("roles", "Andet Enhed"))).contains(Role.UNIT_REPORTER);
        assertThat(mapping.units(Map.of("units", "jc-a, jc-b"))).containsExactly("jc-a", "jc-b");
    }

    @Test
    void givesNoRoleWithoutAMatchingValueNorForACaseThatDiffers() {
        assertThat(mapping.role(Map.of("roles", List.of("Andet")))).isEmpty();
        assertThat(mapping.role(Map.of("roles", List.of("planlaegger")))).isEmpty();
        assertThat(mapping.role(Map.of())).isEmpty();
        assertThat(mapping.units(Map.of())).isEmpty();
    }

    @Test
    void namesTheAccountByTheUsernameClaimOrElseTheSubject() {
        assertThat(mapping.username(Map.of("preferred_username", "mette"), "sub-1")).isEqualTo("mette");
        assertThat(mapping.username(Map.of(), "sub-1")).isEqualTo("sub-1");
    }
}
