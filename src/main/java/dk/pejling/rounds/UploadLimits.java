package dk.pejling.rounds;

/**
 * What an uploaded results file may hold. A spreadsheet is a zip of XML, and a small zip can
 * inflate to gigabytes (a zip bomb): the reader counts the bytes it inflates and stops at the
 * limit, whatever the zip's headers claim.
 */
record UploadLimits(long maxFileBytes, long maxInflatedBytes, int maxZipEntries, int maxRows, int maxColumns,
        int maxCellChars) {

    static final UploadLimits DEFAULT = new UploadLimits(20L << 20, 100L << 20, 500, 50_000, 100, 32_767);
}
