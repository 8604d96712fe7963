package dk.pejling.rounds;

import dk.pejling.assessment.GoalAssessor;
import dk.pejling.plan.Goal;
import dk.pejling.plan.Initiative;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanService;
import dk.pejling.plan.Target;
import dk.pejling.plan.Unit;
import dk.pejling.shared.DanishFormat;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Results of many goals at once, from a spreadsheet: the template of a round (one row per goal and
 * unit the person reports for) and the upload of a filled-in sheet. An upload is all or nothing:
 * every row is checked first, and a file with any error changes nothing and answers every error
 * with its row and column. An accepted file is saved in batches, each goal kept as a new version as
 * a save in the form would be, and where it corrects approved reports, the plan is written once.
 */
@Service
public class BulkEntryService {

    /** The file formats of the template and the upload. */
    public enum Format {
        XLSX,
        CSV;

        public static @Nullable Format of(@Nullable String filename, @Nullable String contentType) {
            String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
            String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
            if (name.endsWith(".xlsx") || type.contains("spreadsheetml")) {
                return XLSX;
            }
            if (name.endsWith(".csv") || name.endsWith(".txt") || type.startsWith("text/csv") || type.startsWith("text/plain")) {
                return CSV;
            }
            return null;
        }
    }

    /** One row of a round's template: a goal and a unit that reports for it. */
    public record TemplateRow(String goalId, String initiativeId, String unitId, String initiative, String goal,
            String unit, String period, String target, long version) {}

    private final RoundRepository rounds;
    private final BulkRepository bulk;
    private final PlanService plans;
    private final RoundService roundService;
    private final Clock clock;
    private final UploadLimits limits = UploadLimits.DEFAULT;

    BulkEntryService(RoundRepository rounds, BulkRepository bulk, PlanService plans, RoundService roundService,
            Clock clock) {
        this.rounds = rounds;
        this.bulk = bulk;
        this.plans = plans;
        this.roundService = roundService;
        this.clock = clock;
    }

    /** The template's rows: for a unit reporter its own units' goals, for a planner every goal and unit of the round. */
    @Transactional(readOnly = true)
    public List<TemplateRow> template(Actor actor, String planId, long roundId) {
        Round round = round(planId, roundId);
        Plan plan = plan(round);
        if (!actor.isPlanner() && actor.units().isEmpty()) {
            throw new OutOfScopeException("Du kan kun hente skabelonen for de enheder, du indberetter for.");
        }
        Map<String, String> unitNames = plan.units().stream().collect(Collectors.toMap(Unit::id, Unit::name, (a, b) -> a));
        String period = DanishFormat.period(round.period());
        List<TemplateRow> out = new ArrayList<>();
        for (Entry e : rounds.entries(roundId)) {
            if (e.kind() != EntryKind.GOAL) {
                continue;
            }
            Initiative initiative = plan.initiative(e.initiativeId()).orElse(null);
            Goal goal = plan.goal(e.itemId()).orElse(null);
            if (initiative == null || goal == null || !actor.reaches(initiative)) {
                continue;
            }
            List<String> units = initiative.units().isEmpty() ? List.of("") : initiative.units();
            String target = GoalAssessor.targetFor(goal, round.period()).map(BulkEntryService::targetText).orElse("");
            for (String unit : units) {
                if (!actor.isPlanner() && !actor.units().contains(unit)) {
                    continue;
                }
                out.add(new TemplateRow(goal.id(), initiative.id(), unit, label(initiative.number(), initiative.title()),
                        label(goal.number(), goal.text()), unitNames.getOrDefault(unit, unit), period, target,
                        e.version()));
            }
        }
        return out;
    }

    /** The template as a file to download. */
    @Transactional(readOnly = true)
    public byte[] templateFile(Actor actor, String planId, long roundId, Format format) {
        List<TemplateRow> rows = template(actor, planId, roundId);
        Round round = round(planId, roundId);
        return format == Format.XLSX
                ? ResultsTemplateWriter.xlsx("Resultater " + DanishFormat.period(round.period()), rows)
                : ResultsTemplateWriter.csv(rows);
    }

    /**
     * Saves the results in the file, all or nothing: where any row has an error, nothing is saved and
     * a {@link BulkEntryException} lists every error.
     */
    @Transactional
    public BulkResult upload(Actor actor, String planId, long roundId, byte[] file, @Nullable Format format) {
        if (format == null) {
            throw new BulkEntryException(List.of(new BulkError(0, null, null,
                    "Filen skal være et Excel-regneark (.xlsx) eller en CSV-fil (.csv).")));
        }
        if (file.length == 0) {
            throw new BulkEntryException(List.of(new BulkError(0, null, null, "Filen er tom.")));
        }
        List<SheetRow> rows = rows(file, format);
        Round unlocked = round(planId, roundId);
        Plan plan = plan(unlocked);
        // Every report of the round is locked first, as a close does, so the round cannot close under the upload.
        Map<String, SubmissionState> states = bulk.lockSubmissions(roundId);
        Round round = rounds.round(roundId).orElseThrow(() -> RoundService.notFound(roundId));
        Map<String, Entry> entries = new HashMap<>();
        for (Entry e : rounds.entries(roundId)) {
            if (e.kind() == EntryKind.GOAL) {
                entries.put(e.itemId(), e);
            }
        }
        Map<String, Initiative> initiatives = new HashMap<>();
        plan.allInitiatives().forEach(i -> initiatives.put(i.id(), i));
        RowChecker checker = new RowChecker(actor, round, entries, initiatives, states, limits);
        List<BulkError> errors = new ArrayList<>();
        List<RowChecker.Checked> checked = checker.check(rows, errors);
        if (!errors.isEmpty()) {
            throw new BulkEntryException(errors);
        }
        List<BulkRepository.Save> saves = new ArrayList<>();
        Set<String> begun = new LinkedHashSet<>();
        Set<String> approved = new LinkedHashSet<>();
        int unchanged = checker.skipped();
        for (RowChecker.Checked c : checked) {
            if (c.values().changesFrom(c.entry().values()).isEmpty()) {
                unchanged++;
                continue;
            }
            saves.add(new BulkRepository.Save(EntryKind.GOAL, c.entry().itemId(), c.entry().version(), c.values(),
                    c.reason()));
            SubmissionState state = states.get(c.entry().initiativeId());
            if (state == SubmissionState.NOT_STARTED) {
                begun.add(c.entry().initiativeId());
            }
            if (state == SubmissionState.APPROVED) {
                approved.add(c.entry().initiativeId());
            }
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<BulkRepository.Save> stale = bulk.updateEntries(roundId, saves, actor.username(), now);
        if (!stale.isEmpty()) {
            // Cannot happen while the reports are locked; refused rather than half saved all the same.
            throw new EntryConflictException(entries.get(stale.get(0).itemId()), stale.get(0).basedOn(), List.of());
        }
        bulk.insertVersions(roundId, saves, actor.username(), now);
        bulk.begin(roundId, List.copyOf(begun));
        if (!approved.isEmpty()) {
            // A correction of approved reports reaches the plan at once, as an approval does: one plan write.
            roundService.writeIntoPlan(round, approved);
        }
        return new BulkResult(saves.size(), unchanged);
    }

    private List<SheetRow> rows(byte[] file, Format format) {
        if (file.length > limits.maxFileBytes()) {
            throw new BulkEntryException(List.of(new BulkError(0, null, null,
                    "Filen fylder over " + (limits.maxFileBytes() >> 20) + " MB.")));
        }
        try {
            return format == Format.XLSX ? new XlsxSheetReader(limits).read(file) : new CsvSheetReader(limits).read(file);
        } catch (UnreadableFileException e) {
            throw new BulkEntryException(List.of(new BulkError(0, null, null, e.getMessage())));
        }
    }

    private Round round(String planId, long roundId) {
        return rounds.round(roundId).filter(r -> r.planId().equals(planId)).orElseThrow(() -> RoundService.notFound(roundId));
    }

    private Plan plan(Round round) {
        return plans.find(round.planId())
                .orElseThrow(() -> new NotFoundException("Planen " + round.planId() + " findes ikke."));
    }

    private static String label(@Nullable String number, String text) {
        return number == null || number.isBlank() ? text : number + ". " + text;
    }

    private static String targetText(Target t) {
        if (t.value() != null) {
            return DanishFormat.number(t.value());
        }
        return t.text() == null ? "" : t.text();
    }
}
