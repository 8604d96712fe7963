package dk.pejling.backup;

/** A restore that was not carried out, and why; nothing was changed. */
public class BackupRefusedException extends RuntimeException {

    private final String kind;

    BackupRefusedException(String kind, String message) {
        super(message);
        this.kind = kind;
    }

    /** A short code for the problem type: not-empty, wrong-version, invalid-backup. */
    public String kind() {
        return kind;
    }
}
