package dk.pejling.rounds;

import org.jspecify.annotations.Nullable;

/**
 * A save of one entry: which entry, the version the writer saw, the new values, and (for a
 * correction of a locked entry) why.
 */
public record EntryChange(
        String initiativeId, EntryKind kind, String itemId, long basedOnVersion, EntryValues values, @Nullable String reason) {

    public static EntryChange goal(String initiativeId, String goalId, long basedOn, EntryValues values) {
        return new EntryChange(initiativeId, EntryKind.GOAL, goalId, basedOn, values, null);
    }

    public static EntryChange narrative(String initiativeId, long basedOn, EntryValues values) {
        return new EntryChange(initiativeId, EntryKind.NARRATIVE, initiativeId, basedOn, values, null);
    }

    public EntryChange because(@Nullable String why) {
        return new EntryChange(initiativeId, kind, itemId, basedOnVersion, values, why);
    }
}
