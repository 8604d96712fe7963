package dk.pejling.rounds;

import dk.pejling.plan.Assessment;

/** The Danish words for a judgement, as the pages print them. */
final class AssessmentTexts {

    private AssessmentTexts() {}

    static String of(Assessment a) {
        return switch (a) {
            case ACHIEVED -> "opnået";
            case NOT_ACHIEVED -> "ikke opnået";
            case NOT_STARTED -> "ikke igangsat";
            case NOT_APPLICABLE -> "ikke relevant";
            case PENDING -> "afventer";
        };
    }
}
