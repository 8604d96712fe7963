package dk.pejling.rounds;

import dk.pejling.access.AccountService;
import dk.pejling.access.Role;
import dk.pejling.bundle.BundleFormat;
import dk.pejling.bundle.BundleImporter;
import dk.pejling.plan.Goal;
import dk.pejling.plan.Initiative;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanService;
import dk.pejling.plan.Target;
import dk.pejling.plan.Unit;
import dk.pejling.shared.Period;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.io.ClassPathResource;

/**
 * Seed 000 (Integrationshandleplan 2019-22) as a round's test plan. The seed names no units, so
 * the fixture gives its initiatives to job centres as a municipality would: nr. 1 and 2 to JC
 * Musvågevej, nr. 3 to JC Nyropsgade, and carries each 2020 target on to 2021, the period the
 * rounds ask about. Each call makes a plan of its own, so tests sharing a database do not meet.
 */
public final class RoundFixtures {

    public static final String SEED_PLAN = "kk-integrationshandleplan-2019-22";
    public static final String MUSVAAGEVEJ = "jc-musvaagevej";
    public static final String NYROPSGADE = "jc-nyropsgade";
    public static final Map<String, String> UNITS_OF = Map.of("i1", MUSVAAGEVEJ, "i2", MUSVAAGEVEJ, "i3", NYROPSGADE);

    private RoundFixtures() {}

    public static Plan plan(BundleImporter importer, PlanService plans) {
        String id = "runde-" + UUID.randomUUID().toString().substring(0, 8);
        String yaml = demo(SEED_PLAN).replace("id: " + SEED_PLAN, "id: " + id);
        importer.importBundle(yaml, BundleFormat.YAML, false);
        Plan seed = plans.find(id).orElseThrow();
        // A title of its own: the browser tests look the seed plan up by its title.
        Plan plan = new Plan(seed.id(), "Prøveplan for statusrunder " + id.substring(6), seed.kind(), seed.organisation(), seed.owner(), seed.period(),
                seed.status(), seed.asOf(), seed.text(), seed.document(), seed.texts(), seed.significance(),
                seed.levels(), List.of(new Unit(MUSVAAGEVEJ, "JC Musvågevej"), new Unit(NYROPSGADE, "JC Nyropsgade")),
                seed.goals(), seed.sections(), seed.initiatives().stream().map(RoundFixtures::withUnitAnd2021).toList(),
                seed.grants());
        plans.replace(plan);
        return plans.find(id).orElseThrow();
    }

    /** Creates the account where it is missing, with the role and (for a reporter) the unit. */
    public static Actor account(AccountService accounts, String username, Role role, String... units) {
        if (!accounts.exists(username)) {
            accounts.create(username, username, "password-" + username, role);
        }
        for (String unit : units) {
            accounts.addUnit(username, unit);
        }
        return new Actor(username, role, Set.of(units));
    }

    private static Initiative withUnitAnd2021(Initiative i) {
        List<String> units = UNITS_OF.containsKey(i.id()) ? List.of(UNITS_OF.get(i.id())) : List.of();
        List<Goal> goals = i.goals().stream().map(RoundFixtures::with2021Target).toList();
        return new Initiative(i.id(), i.number(), i.title(), i.status(), i.start(), i.end(), i.evidenceBased(), i.text(),
                i.inspiration(), i.effect(), i.targetGroup(), i.financing(), i.payForResults(), i.budget(), units,
                i.funding(), goals, i.reports(), i.remarks(), i.texts(), i.origin());
    }

    private static Goal with2021Target(Goal g) {
        List<Target> targets = new ArrayList<>(g.targets());
        g.target(Period.year(2020)).ifPresent(t -> targets.add(new Target(Period.year(2021), t.value(), t.change(),
                t.changePercent(), t.tolerance(), t.reference(), t.text(), null)));
        return new Goal(g.id(), g.number(), g.kind(), g.text(), g.unit(), g.direction(), g.contributesTo(), g.baseline(),
                g.significance(), g.multiPart(), g.measurableFrom(), targets, g.results());
    }

    public static String demo(String planId) {
        try {
            return new ClassPathResource("demo/" + planId + ".yaml").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
