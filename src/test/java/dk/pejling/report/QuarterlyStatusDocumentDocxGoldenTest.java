package dk.pejling.report;

import org.jsoup.nodes.Document;

/** Seed 001's quarterly status in Word: every check of the HTML golden test, over the Word file as LibreOffice opens it. */
class QuarterlyStatusDocumentDocxGoldenTest extends QuarterlyStatusDocumentGoldenTest {

    @Override
    Document document() {
        return OfficeReading.word(Seeds.QUARTERLY_PLAN);
    }
}
