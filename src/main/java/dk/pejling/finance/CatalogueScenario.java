package dk.pejling.finance;

import dk.pejling.plan.Financing;
import dk.pejling.plan.Initiative;
import dk.pejling.plan.InitiativeStatus;
import dk.pejling.plan.Origin;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanPeriod;
import dk.pejling.plan.PlanStatus;
import dk.pejling.plan.Section;
import dk.pejling.plan.TargetGroup;
import dk.pejling.plan.YearAmount;
import dk.pejling.shared.Period;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A what-if over a catalogue (bruttokatalog): pick initiatives, grow or shrink a target group,
 * see what the pick costs each year against a frame, and adopt it as a new action plan. A
 * catalogue states its cost for a given target group ("350 borgere til 4,4 mio. kr."); where the
 * cost scales with the group, twice the group costs twice as much. Each change returns a new
 * scenario; the catalogue itself is never changed.
 */
public final class CatalogueScenario {

    private static final String ADOPTED_KIND = "Handleplan";

    private final Plan catalogue;
    private final Set<String> picked;
    private final Map<String, BigDecimal> targetGroupSizes;

    private CatalogueScenario(Plan catalogue, Set<String> picked, Map<String, BigDecimal> targetGroupSizes) {
        this.catalogue = catalogue;
        this.picked = Collections.unmodifiableSet(picked);
        this.targetGroupSizes = Collections.unmodifiableMap(targetGroupSizes);
    }

    /** A scenario with nothing picked yet. */
    public static CatalogueScenario of(Plan catalogue) {
        return new CatalogueScenario(catalogue, new LinkedHashSet<>(), new LinkedHashMap<>());
    }

    public CatalogueScenario pick(String... initiativeIds) {
        Set<String> next = new LinkedHashSet<>(picked);
        for (String id : initiativeIds) {
            catalogueInitiative(id);
            next.add(id);
        }
        return new CatalogueScenario(catalogue, next, new LinkedHashMap<>(targetGroupSizes));
    }

    public CatalogueScenario drop(String initiativeId) {
        Set<String> next = new LinkedHashSet<>(picked);
        next.remove(initiativeId);
        return new CatalogueScenario(catalogue, next, new LinkedHashMap<>(targetGroupSizes));
    }

    /** Sets the target group of an initiative to {@code size}; its cost follows where the catalogue says it scales. */
    public CatalogueScenario scaleTargetGroup(String initiativeId, BigDecimal size) {
        if (size.signum() <= 0) {
            throw new IllegalArgumentException("A target group must have a positive size: " + size);
        }
        Initiative initiative = catalogueInitiative(initiativeId);
        if (statedSize(initiative).isEmpty()) {
            throw new IllegalArgumentException(
                    "Initiative " + initiativeId + " states no target group size to scale from");
        }
        Map<String, BigDecimal> next = new LinkedHashMap<>(targetGroupSizes);
        next.put(initiativeId, Amounts.normal(size));
        return new CatalogueScenario(catalogue, new LinkedHashSet<>(picked), next);
    }

    /** The picked initiatives in the catalogue's order. */
    public List<Initiative> picked() {
        return catalogue.allInitiatives().stream().filter(i -> picked.contains(i.id())).toList();
    }

    /** The target group size the scenario counts with: the scaled one, or the catalogue's. */
    public Optional<BigDecimal> targetGroupSize(String initiativeId) {
        BigDecimal scaled = targetGroupSizes.get(initiativeId);
        return scaled != null ? Optional.of(scaled) : statedSize(catalogueInitiative(initiativeId));
    }

    /** How many times the catalogue's target group the scenario counts with; 1 where unscaled. */
    public BigDecimal scale(String initiativeId) {
        BigDecimal scaled = targetGroupSizes.get(initiativeId);
        if (scaled == null) {
            return BigDecimal.ONE;
        }
        return Amounts.divide(scaled, statedSize(catalogueInitiative(initiativeId)).orElseThrow());
    }

    /**
     * What an initiative costs each year of the range: the phased amount where the catalogue phases
     * it (a year it does not list costs nothing), else the yearly amount; scaled with the target group.
     */
    public SortedMap<Integer, BigDecimal> cost(String initiativeId, Years years) {
        Initiative initiative = catalogueInitiative(initiativeId);
        Financing financing = initiative.financing();
        SortedMap<Integer, BigDecimal> out = new TreeMap<>();
        if (financing == null) {
            return out;
        }
        for (int year : years.list()) {
            catalogueCost(financing, year).ifPresent(amount -> out.put(year, scaled(initiative, financing, amount)));
        }
        return Collections.unmodifiableSortedMap(out);
    }

    /** What the picked initiatives cost together each year of the range. */
    public SortedMap<Integer, BigDecimal> totals(Years years) {
        SortedMap<Integer, BigDecimal> out = new TreeMap<>();
        years.list().forEach(y -> out.put(y, BigDecimal.ZERO));
        picked().forEach(i -> cost(i.id(), years).forEach((year, amount) -> out.merge(year, amount, Amounts::sum)));
        return Collections.unmodifiableSortedMap(out);
    }

    /** The picked initiatives' totals against a frame per year, for each year the frame sets. */
    public List<FrameBalance> against(Map<Integer, BigDecimal> framePerYear) {
        TreeMap<Integer, BigDecimal> frame = new TreeMap<>(framePerYear);
        if (frame.isEmpty()) {
            return List.of();
        }
        SortedMap<Integer, BigDecimal> totals = totals(Years.of(frame.firstKey(), frame.lastKey()));
        return frame.entrySet().stream()
                .map(f -> new FrameBalance(f.getKey(), f.getValue(), totals.get(f.getKey())))
                .toList();
    }

    /** Picked initiatives the catalogue gives no amount for: they count as nothing in the totals. */
    public List<Initiative> unpriced() {
        return picked().stream()
                .filter(i -> i.financing() == null
                        || (i.financing().amountPerYear() == null && i.financing().years().isEmpty()))
                .toList();
    }

    /**
     * The scenario adopted as an action plan: the picked initiatives, adopted, with the scenario's
     * cost as their budget for the years and their target groups as scaled, under the catalogue's
     * sections that hold them. The catalogue's estimate itself (financing) stays in the catalogue.
     */
    public Plan adopt(String newPlanId, String title, Years years) {
        return new Plan(
                newPlanId,
                title,
                ADOPTED_KIND,
                catalogue.organisation(),
                catalogue.owner(),
                new PlanPeriod(Period.year(years.first()), Period.year(years.last())),
                PlanStatus.ADOPTED,
                null,
                null,
                null,
                List.of(),
                catalogue.significance(),
                catalogue.levels(),
                catalogue.units(),
                catalogue.goals(),
                adoptedSections(catalogue.sections(), years),
                adoptedInitiatives(catalogue.initiatives(), years),
                List.of(),
                List.of());
    }

    private List<Section> adoptedSections(List<Section> sections, Years years) {
        List<Section> out = new ArrayList<>();
        for (Section s : sections) {
            List<Section> children = adoptedSections(s.sections(), years);
            List<Initiative> initiatives = adoptedInitiatives(s.initiatives(), years);
            if (!children.isEmpty() || !initiatives.isEmpty()) {
                out.add(new Section(s.id(), s.number(), s.title(), s.text(), s.texts(), s.goals(), children,
                        initiatives, s.funding(), List.of()));
            }
        }
        return out;
    }

    private List<Initiative> adoptedInitiatives(List<Initiative> initiatives, Years years) {
        return initiatives.stream().filter(i -> picked.contains(i.id())).map(i -> adopted(i, years)).toList();
    }

    private Initiative adopted(Initiative i, Years years) {
        List<YearAmount> budget = cost(i.id(), years).entrySet().stream()
                .map(e -> new YearAmount(e.getKey(), e.getValue()))
                .toList();
        return new Initiative(i.id(), i.number(), i.title(), InitiativeStatus.ADOPTED, null, null,
                i.evidenceBased(), i.text(), i.inspiration(), i.effect(), adoptedTargetGroup(i), null,
                i.payForResults(), budget, i.units(), List.of(), i.goals(), List.of(), List.of(), i.texts(),
                new Origin(catalogue.id(), i.id(), originScale(i.id())));
    }

    /**
     * The scale as the plan keeps it: none where unscaled, else to six decimals, which is all a stored
     * plan holds; a scale such as 500/350 has no exact decimal form.
     */
    private @Nullable BigDecimal originScale(String initiativeId) {
        if (!targetGroupSizes.containsKey(initiativeId)) {
            return null;
        }
        return Amounts.normal(scale(initiativeId).setScale(6, RoundingMode.HALF_EVEN));
    }

    /** A scaled group loses the catalogue's wording, which names the old size; its parts scale with it. */
    private @Nullable TargetGroup adoptedTargetGroup(Initiative i) {
        TargetGroup group = i.targetGroup();
        BigDecimal newSize = targetGroupSizes.get(i.id());
        if (newSize == null) {
            return group;
        }
        BigDecimal k = scale(i.id());
        if (group == null) {
            return new TargetGroup(null, newSize, null, null, Map.of(), List.of());
        }
        Map<String, BigDecimal> breakdown = new LinkedHashMap<>();
        group.breakdown().forEach((part, size) -> breakdown.put(part, Amounts.normal(size.multiply(k))));
        return new TargetGroup(
                null,
                group.size() == null ? newSize : Amounts.normal(group.size().multiply(k)),
                group.sizeMax() == null ? null : Amounts.normal(group.sizeMax().multiply(k)),
                group.unit(),
                Collections.unmodifiableMap(breakdown),
                group.also());
    }

    private static Optional<BigDecimal> catalogueCost(Financing financing, int year) {
        if (!financing.years().isEmpty()) {
            return financing.years().stream().filter(y -> y.year() == year).map(YearAmount::amount).reduce(Amounts::sum);
        }
        return Optional.ofNullable(financing.amountPerYear());
    }

    /** Multiplies before dividing, so that 4,4 mio. for 350 scaled to 700 is exactly 8,8 mio. */
    private BigDecimal scaled(Initiative initiative, Financing financing, BigDecimal amount) {
        BigDecimal newSize = targetGroupSizes.get(initiative.id());
        if (newSize == null || !financing.scalesWithTargetGroup()) {
            return Amounts.normal(amount);
        }
        return Amounts.divide(amount.multiply(newSize), statedSize(initiative).orElseThrow());
    }

    /** The group size the catalogue's amount is stated for: the financing's, else the target group's. */
    private static Optional<BigDecimal> statedSize(Initiative initiative) {
        Financing financing = initiative.financing();
        if (financing != null && financing.targetGroupSize() != null && financing.targetGroupSize().signum() > 0) {
            return Optional.of(financing.targetGroupSize());
        }
        TargetGroup group = initiative.targetGroup();
        return group != null && group.size() != null && group.size().signum() > 0
                ? Optional.of(group.size())
                : Optional.empty();
    }

    private Initiative catalogueInitiative(String initiativeId) {
        return catalogue.initiative(initiativeId).orElseThrow(() ->
                new IllegalArgumentException("The catalogue " + catalogue.id() + " has no initiative " + initiativeId));
    }
}
