package dk.pejling.rounds;

import java.util.List;

/** A report that cannot be submitted: goals not met, or forecast to be missed, lack a remark. */
public class RemarksMissingException extends RoundRuleException {

    private final List<String> goalIds;

    public RemarksMissingException(List<String> goalIds, List<String> goalNames) {
        super("Indberetningen er ikke sendt: skriv en bemærkning til "
                + (goalNames.size() == 1 ? "målet " : "målene ") + String.join(", ", goalNames)
                + ", som ikke er opnået eller ikke forventes opnået.");
        this.goalIds = List.copyOf(goalIds);
    }

    public List<String> goalIds() {
        return goalIds;
    }
}
