package dk.pejling.report;

import org.jsoup.nodes.Document;

/** Seed 003's action plan in a spreadsheet: every check of the HTML golden test, over the spreadsheet as POI reads it, each table where the first sheet links to it. */
class ActionPlanDocumentXlsxGoldenTest extends ActionPlanDocumentGoldenTest {

    @Override
    Document document() {
        return OfficeReading.spreadsheet(Seeds.ACTION_PLAN);
    }
}
