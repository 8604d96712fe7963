package dk.pejling.plan;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The heading of the committee document a plan was written as: annex mark, title, date, case and document numbers. */
public record DocumentInfo(
        @Nullable String label,
        @Nullable String title,
        @Nullable LocalDate date,
        @Nullable String caseNumber,
        @Nullable String documentNumber) {}
