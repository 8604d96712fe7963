package dk.pejling.rounds;

import java.util.List;

/** An uploaded results file with errors: nothing was saved, and every error is listed with its row and column. */
public class BulkEntryException extends RuntimeException {

    private final List<BulkError> errors;

    public BulkEntryException(List<BulkError> errors) {
        super(errors.size() == 1
                ? "Intet er gemt: filen har 1 fejl."
                : "Intet er gemt: filen har " + errors.size() + " fejl.");
        this.errors = List.copyOf(errors);
    }

    public List<BulkError> errors() {
        return errors;
    }
}
