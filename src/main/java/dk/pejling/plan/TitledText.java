package dk.pejling.plan;

import org.jspecify.annotations.Nullable;

/** A passage of a plan, section or initiative under its heading (Baggrund, Økonomi …); a heading may stand alone. */
public record TitledText(@Nullable String heading, @Nullable String text) {}
