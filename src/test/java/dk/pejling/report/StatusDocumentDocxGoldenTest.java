package dk.pejling.report;

import org.jsoup.nodes.Document;

/** Seed 000's status annex in Word: every check of the HTML golden test, over the Word file as LibreOffice opens it. */
class StatusDocumentDocxGoldenTest extends StatusDocumentGoldenTest {

    @Override
    Document document() {
        return OfficeReading.word(Seeds.STATUS_PLAN);
    }
}
