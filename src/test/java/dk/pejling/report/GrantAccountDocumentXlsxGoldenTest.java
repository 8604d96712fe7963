package dk.pejling.report;

import org.jsoup.nodes.Document;

/** Seed 004's grant's account in a spreadsheet: every check of the HTML golden test, over the spreadsheet as POI reads it, each table where the first sheet links to it. */
class GrantAccountDocumentXlsxGoldenTest extends GrantAccountDocumentGoldenTest {

    @Override
    Document document() {
        return OfficeReading.spreadsheet(Seeds.GRANT_PLAN);
    }
}
