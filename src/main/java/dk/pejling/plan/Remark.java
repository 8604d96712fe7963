package dk.pejling.plan;

import dk.pejling.shared.Period;

/** Why an initiative's goal was missed in a period, and what is done about it (bemærkning). */
public record Remark(Period period, String text) {}
