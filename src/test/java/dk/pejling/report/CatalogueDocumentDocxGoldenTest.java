package dk.pejling.report;

import org.jsoup.nodes.Document;

/** Seed 002's catalogue in Word: every check of the HTML golden test, over the Word file as LibreOffice opens it. */
class CatalogueDocumentDocxGoldenTest extends CatalogueDocumentGoldenTest {

    @Override
    Document document() {
        return OfficeReading.word(Seeds.CATALOGUE_PLAN);
    }
}
