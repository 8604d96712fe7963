package dk.pejling.plan;

import org.jspecify.annotations.Nullable;

/** What a goal or titled text belongs to: the plan, a section or an initiative, by its ordinal. */
record Owner(char kind, int no) {

    static final Owner PLAN = new Owner('p', 0);

    static Owner section(int sectionNo) {
        return new Owner('s', sectionNo);
    }

    static Owner initiative(int initiativeNo) {
        return new Owner('i', initiativeNo);
    }

    /** The owner of a row with these (nullable) owner columns. */
    static Owner of(@Nullable Integer sectionNo, @Nullable Integer initiativeNo) {
        if (sectionNo != null) {
            return section(sectionNo);
        }
        return initiativeNo != null ? initiative(initiativeNo) : PLAN;
    }
}
