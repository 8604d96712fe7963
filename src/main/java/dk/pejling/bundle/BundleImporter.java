package dk.pejling.bundle;

import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanAlreadyExistsException;
import dk.pejling.plan.PlanService;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports and exports plans as bundles. An import is all or nothing: a bundle with any error
 * changes nothing, and a plan whose id exists is only replaced when the caller asks for it.
 */
@Service
public class BundleImporter {

    private final PlanService plans;
    private final PlanBundleReader reader;
    private final PlanBundleWriter writer;

    BundleImporter(PlanService plans) {
        this.plans = plans;
        this.reader = new PlanBundleReader();
        this.writer = new PlanBundleWriter();
    }

    /** What an import did. */
    public record Imported(String planId, boolean replaced) {}

    /**
     * @throws InvalidBundleException with every error, where the bundle is not a valid plan
     * @throws PlanAlreadyExistsException where the plan exists and {@code replace} is false
     */
    @Transactional
    public Imported importBundle(String text, BundleFormat format, boolean replace) {
        Plan plan = reader.read(text, format);
        boolean exists = plans.exists(plan.id());
        if (exists && !replace) {
            throw new PlanAlreadyExistsException(plan.id());
        }
        if (exists) {
            plans.replace(plan);
        } else {
            plans.create(plan);
        }
        return new Imported(plan.id(), exists);
    }

    public Optional<String> export(String planId, BundleFormat format) {
        return plans.find(planId).map(plan -> writer.write(plan, format));
    }

    /** A bundle as exported, with the plan's revision it shows ({@code null} for a past plan). */
    public record Exported(String text, @Nullable String revision) {}

    /** The plan now, with its revision, or as it stood at {@code asOf} where that is given. */
    public Optional<Exported> export(String planId, BundleFormat format, @Nullable Instant asOf) {
        if (asOf != null) {
            return plans.find(planId, asOf).map(plan -> new Exported(writer.write(plan, format), null));
        }
        return plans.findStored(planId).map(stored -> new Exported(writer.write(stored.plan(), format), stored.revision()));
    }
}
