package dk.pejling.rounds;

/** What an accepted upload did: the goals saved, and the rows left alone (nothing filled in, or the same as saved). */
public record BulkResult(int saved, int unchanged) {}
