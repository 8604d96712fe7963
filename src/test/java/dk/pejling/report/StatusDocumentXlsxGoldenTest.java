package dk.pejling.report;

import org.jsoup.nodes.Document;

/** Seed 000's status annex in a spreadsheet: every check of the HTML golden test, over the spreadsheet as POI reads it, each table where the first sheet links to it. */
class StatusDocumentXlsxGoldenTest extends StatusDocumentGoldenTest {

    @Override
    Document document() {
        return OfficeReading.spreadsheet(Seeds.STATUS_PLAN);
    }
}
