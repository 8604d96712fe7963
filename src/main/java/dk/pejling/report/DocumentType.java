package dk.pejling.report;

import java.util.Optional;

/** The five committee documents Pejling writes, each modelled on one of the seed documents. */
public enum DocumentType {
    /** Seed 000: one status column per period, remarks on the goals that were missed. */
    STATUS("status", "Status for indsatser"),
    /** Seed 001: the period's status by theme and initiative, with activity and result goals. */
    QUARTERLY_STATUS("quarterly-status", "Kvartalsstatus"),
    /** Seed 002: guiding marks, focus areas and proposed initiatives with their financing. */
    CATALOGUE("catalogue", "Katalog over indsatser"),
    /** Seed 003: the plan with its headline goal, sub-goals, activities and economy. */
    ACTION_PLAN("action-plan", "Handleplan"),
    /** Seed 004: a grant's account: award, staff, allocation, projects, economy and goals. */
    GRANT_ACCOUNT("grant-account", "Redegørelse for en pulje");

    private final String code;
    private final String danishName;

    DocumentType(String code, String danishName) {
        this.code = code;
        this.danishName = danishName;
    }

    /** The name in addresses: {@code quarterly-status}. */
    public String code() {
        return code;
    }

    /** The name a planner chooses it by. */
    public String danishName() {
        return danishName;
    }

    public static Optional<DocumentType> fromCode(String code) {
        for (DocumentType t : values()) {
            if (t.code.equals(code)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
