package dk.pejling.report;

import org.jsoup.nodes.Document;

/** Seed 001's quarterly status in a spreadsheet: every check of the HTML golden test, over the spreadsheet as POI reads it, each table where the first sheet links to it. */
class QuarterlyStatusDocumentXlsxGoldenTest extends QuarterlyStatusDocumentGoldenTest {

    @Override
    Document document() {
        return OfficeReading.spreadsheet(Seeds.QUARTERLY_PLAN);
    }
}
