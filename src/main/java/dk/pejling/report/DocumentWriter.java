package dk.pejling.report;

/** Writes a committee document in one format. Each format's library stays behind this interface. */
public interface DocumentWriter {

    DocumentFormat format();

    byte[] write(CommitteeDocument document);
}
