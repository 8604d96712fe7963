package dk.pejling.report;

import org.jsoup.nodes.Document;

/** Seed 003's action plan in Word: every check of the HTML golden test, over the Word file as LibreOffice opens it. */
class ActionPlanDocumentDocxGoldenTest extends ActionPlanDocumentGoldenTest {

    @Override
    Document document() {
        return OfficeReading.word(Seeds.ACTION_PLAN);
    }
}
