package dk.pejling.report;

import dk.pejling.plan.Plan;
import dk.pejling.shared.Period;
import java.util.List;

/** Builds one type of committee document from a plan and the periods it covers. */
public interface DocumentBuilder {

    DocumentType type();

    /** The document; {@code periods} are in order and lie within the plan. */
    CommitteeDocument build(Plan plan, List<Period> periods);

    /** The periods a document of this type covers where none are asked for. */
    List<Period> defaultPeriods(Plan plan);
}
