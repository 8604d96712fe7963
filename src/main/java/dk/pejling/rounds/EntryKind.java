package dk.pejling.rounds;

/** A goal's figures (item: the goal) or an initiative's narrative status (item: the initiative). */
public enum EntryKind {
    GOAL,
    NARRATIVE
}
