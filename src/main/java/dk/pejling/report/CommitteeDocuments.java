package dk.pejling.report;

import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanService;
import dk.pejling.shared.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Builds a plan's committee documents: the plan, the type and the periods in, the format-free
 * document out, ready for any {@link DocumentWriter}. Also says what the committee would notice
 * before a document goes out ({@link DocumentChecks}).
 */
@Service
public class CommitteeDocuments {

    private static final Map<DocumentType, DocumentBuilder> BUILDERS = new EnumMap<>(DocumentType.class);

    static {
        List.of(
                        new StatusDocumentBuilder(),
                        new QuarterlyStatusDocumentBuilder(),
                        new CatalogueDocumentBuilder(),
                        new ActionPlanDocumentBuilder(),
                        new GrantAccountDocumentBuilder())
                .forEach(b -> BUILDERS.put(b.type(), b));
    }

    private final PlanService plans;

    public CommitteeDocuments(PlanService plans) {
        this.plans = plans;
    }

    public static DocumentBuilder builder(DocumentType type) {
        return BUILDERS.get(type);
    }

    /** The document of a stored plan; empty where there is no such plan. */
    public Optional<CommitteeDocument> build(String planId, DocumentType type, List<Period> periods) {
        return plans.find(planId).map(plan -> build(plan, type, periods));
    }

    /** The document of a plan for the periods asked; the type's own periods where none are asked. */
    public CommitteeDocument build(Plan plan, DocumentType type, List<Period> periods) {
        return builder(type).build(plan, periods(plan, type, periods));
    }

    /**
     * The periods a document covers: those asked, in order and without repeats, each within the
     * plan; where none are asked, the type's own choice.
     */
    public List<Period> periods(Plan plan, DocumentType type, List<Period> asked) {
        if (asked.isEmpty()) {
            return builder(type).defaultPeriods(plan);
        }
        for (Period p : asked) {
            if (!plan.covers(p)) {
                throw new InvalidPeriodsException("Perioden " + p + " ligger uden for planens periode "
                        + plan.period().start() + "–" + plan.period().end() + ".");
            }
        }
        return List.copyOf(new TreeSet<>(asked));
    }

    /** Reads {@code 2019,2020} or {@code 2009-Q3}; an empty or absent text is no periods. */
    public static List<Period> parsePeriods(@Nullable String text) {
        List<Period> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            out.add(Period.tryParse(part).orElseThrow(() -> new InvalidPeriodsException(
                    "\"" + part.strip() + "\" er ikke en periode. Skriv fx 2019, 2009-Q3, 2008-02 eller 2014-12-31.")));
        }
        return out;
    }

    /** What the committee would notice in the document, for the planner to see before it goes out. */
    public List<DocumentCheck> checks(Plan plan, DocumentType type, List<Period> periods) {
        return DocumentChecks.of(plan, type, periods(plan, type, periods));
    }

    /** The type a plan is naturally written as, the default on the download page. */
    public DocumentType suggestedType(Plan plan) {
        return DocumentTypes.suggestedFor(plan);
    }
}
