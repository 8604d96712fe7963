package dk.pejling.report;

import org.jsoup.nodes.Document;

/** Seed 002's catalogue in a spreadsheet: every check of the HTML golden test, over the spreadsheet as POI reads it, each table where the first sheet links to it. */
class CatalogueDocumentXlsxGoldenTest extends CatalogueDocumentGoldenTest {

    @Override
    Document document() {
        return OfficeReading.spreadsheet(Seeds.CATALOGUE_PLAN);
    }
}
