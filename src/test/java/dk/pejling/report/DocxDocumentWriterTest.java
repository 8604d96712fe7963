package dk.pejling.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/** The Word file as POI reads it back: its structure (styles, fields, numbering), not just its words. */
class DocxDocumentWriterTest {

    private static final CommitteeDocument DOCUMENT = StatusDocuments.seed000Like();

    @TempDir
    Path dir;

    @Test
    void headingsUseWordsHeadingStylesWithOutlineLevels() throws IOException {
        try (XWPFDocument doc = read(new DocxDocumentWriter(WordTemplate.builtIn()).write(DOCUMENT))) {
            assertThat(styleNameOf(doc, "Indsatser og mål")).isEqualTo("heading 1");
            assertThat(styleNameOf(doc, "Bemærkninger")).isEqualTo("heading 2");
            assertThat(styleNameOf(doc, "Håndholdt og vedvarende virksomhedsindsatser for ledige (nr.1)"))
                    .isEqualTo("heading 3");
            assertThat(styleNameOf(doc, StatusDocuments.TITLE)).isEqualTo("Title");
            CTStyle heading2 = doc.getStyles().getStyle(paragraph(doc, "Bemærkninger").getStyleID()).getCTStyle();
            assertThat(heading2.getPPr().getOutlineLvl().getVal()).isEqualTo(BigInteger.ONE);
        }
    }

    @Test
    void stylesAndDefaultsAreDanish() throws IOException {
        try (XWPFDocument doc = read(new DocxDocumentWriter(WordTemplate.builtIn()).write(DOCUMENT))) {
            assertThat(doc.getStyles().getDefaultRunStyle().getRPr().getLangArray(0).getVal()).isEqualTo("da-DK");
            for (String name : List.of("Normal", "heading 1", "heading 2", "heading 3", "Title")) {
                XWPFStyle style = doc.getStyles().getStyleWithName(name);
                assertThat(style.getCTStyle().getRPr().getLangArray(0).getVal()).as(name).isEqualTo("da-DK");
            }
        }
    }

    @Test
    void tablesHaveABoldHeaderRowThatRepeatsOnEveryPage() throws IOException {
        try (XWPFDocument doc = read(new DocxDocumentWriter(WordTemplate.builtIn()).write(DOCUMENT))) {
            XWPFTable status = doc.getTables().get(0);
            XWPFTableRow header = status.getRow(0);
            assertThat(header.isRepeatHeader()).isTrue();
            assertThat(header.getTableCells()).extracting(XWPFTableCell::getText)
                    .containsExactly("Indsats og afsatte midler", "Målsætninger", "Status 2019", "Status 2020");
            assertThat(header.getCell(0).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
            assertThat(status.getRow(1).getCell(2).getText()).isEqualTo("Målet blev opnået (508).");
            assertThat(status.getRow(1).getCell(0).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
            assertThat(status.getRow(2).getCell(0).getParagraphs().get(0).getRuns().get(0).isBold()).isFalse();
            assertThat(status.getStyleID()).isEqualTo("TableGrid");
        }
    }

    @Test
    void aCellSpanningTheRowCoversAllColumns() throws IOException {
        try (XWPFDocument doc = read(new DocxDocumentWriter(WordTemplate.builtIn()).write(DOCUMENT))) {
            XWPFTableRow ended = doc.getTables().get(0).getRow(3);
            assertThat(ended.getTableCells()).hasSize(1);
            assertThat(ended.getCell(0).getCTTc().getTcPr().getGridSpan().getVal()).isEqualTo(BigInteger.valueOf(4));
            assertThat(ended.getCell(0).getText()).isEqualTo("Indsatsen udløb i 2020");
            assertThat(ended.getCell(0).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
        }
    }

    @Test
    void aLineBreakInTheDataIsALineBreakInTheCell() throws IOException {
        try (XWPFDocument doc = read(new DocxDocumentWriter(WordTemplate.builtIn()).write(DOCUMENT))) {
            XWPFTableCell cell = doc.getTables().get(0).getRow(4).getCell(0);
            assertThat(cell.getCTTc().xmlText()).contains("<w:br/>");
            assertThat(cell.getText()).isEqualTo(
                    "3. Barselsgrupper med fokus på job og uddannelse (0,6 mio. kr. i 2019 og 0,4 mio. kr. i 2020)\nIndsatsen udløb i 2020");
        }
    }

    @Test
    void footerCountsPagesWithPageAndNumpagesFieldsAndHeaderCarriesTheTitle() throws IOException {
        try (XWPFDocument doc = read(new DocxDocumentWriter(WordTemplate.builtIn()).write(DOCUMENT))) {
            XWPFFooter footer = doc.getHeaderFooterPolicy().getDefaultFooter();
            String xml = footer._getHdrFtr().xmlText();
            assertThat(xml).contains("fldCharType=\"begin\"").contains("fldCharType=\"end\"");
            assertThat(instructions(xml)).containsExactly("PAGE", "NUMPAGES");
            assertThat(footer.getText()).startsWith("Side ").contains(" af ");
            XWPFHeader header = doc.getHeaderFooterPolicy().getDefaultHeader();
            assertThat(header.getText().strip()).isEqualTo(StatusDocuments.TITLE);
        }
    }

    @Test
    void bulletedAndNumberedListsAreWordListsAndEachNumberedListStartsAtOne() throws IOException {
        try (XWPFDocument doc = read(new DocxDocumentWriter(WordTemplate.builtIn()).write(DOCUMENT))) {
            XWPFParagraph bullet = paragraph(doc, "Flere forløb online");
            XWPFParagraph first = paragraph(doc, "Genoptag kontakten til virksomhederne");
            XWPFParagraph second = paragraph(doc, "Følg op i 2021");
            XWPFParagraph again = paragraph(doc, "Ny liste, som starter forfra");
            assertThat(bullet.getNumFmt()).isEqualTo("bullet");
            assertThat(first.getNumFmt()).isEqualTo("decimal");
            assertThat(first.getNumID()).isEqualTo(second.getNumID());
            assertThat(again.getNumID()).isNotEqualTo(first.getNumID());
            assertThat(doc.getNumbering().getNum(again.getNumID()).getCTNum().getLvlOverrideArray(0)
                            .getStartOverride().getVal())
                    .isEqualTo(BigInteger.ONE);
            assertThat(doc.getStyles().getStyle(bullet.getStyleID()).getName()).isEqualTo("List Paragraph");
        }
    }

    @Test
    void emphasisedParagraphIsBold() throws IOException {
        try (XWPFDocument doc = read(new DocxDocumentWriter(WordTemplate.builtIn()).write(DOCUMENT))) {
            assertThat(paragraph(doc, "Indsatsen udløb i 2020").getRuns().get(0).isBold()).isTrue();
            assertThat(paragraph(doc, StatusDocuments.REMARKS_INTRO).getRuns().get(0).isBold()).isFalse();
        }
    }

    @Test
    void markupAndFormulasFromTheDataStayLiteralText() throws IOException {
        byte[] docx = new DocxDocumentWriter(WordTemplate.builtIn()).write(DOCUMENT);
        try (XWPFDocument doc = read(docx)) {
            assertThat(paragraph(doc, StatusDocuments.MARKUP).getText()).isEqualTo(StatusDocuments.MARKUP);
            assertThat(paragraph(doc, StatusDocuments.FORMULA).getText()).isEqualTo(StatusDocuments.FORMULA);
            String body = doc.getDocument().xmlText();
            assertThat(body).doesNotContain("instrText").doesNotContain("fldSimple").doesNotContain("<w:b/>Ikke");
            assertThat(body).contains("&lt;b>Ikke fed&lt;/b> &amp; &lt;i>ikke kursiv&lt;/i>");
        }
    }

    @Test
    void charactersXmlCannotHoldAreDroppedAndTheFileStillOpens() throws IOException {
        CommitteeDocument odd = new CommitteeDocument("status", null, "Titel\u0001 med styretegn", List.of(),
                List.of(new CommitteeDocument.Paragraph("Før\u0000efter \uD83D\uDE00 og \uD800 alene")));
        try (XWPFDocument doc = read(new DocxDocumentWriter(WordTemplate.builtIn()).write(odd))) {
            assertThat(bodyTexts(doc)).containsExactly("Titel med styretegn", "Førefter \uD83D\uDE00 og  alene");
        }
    }

    @Test
    void bodyHoldsTheDocumentsTextInReadingOrder() throws IOException {
        try (XWPFDocument doc = read(new DocxDocumentWriter(WordTemplate.builtIn()).write(DOCUMENT))) {
            assertThat(bodyTexts(doc)).containsExactlyElementsOf(StatusDocuments.texts(DOCUMENT));
        }
    }

    @Test
    void municipalityTemplateBringsItsFontAndLogoButNotOtherText() throws IOException {
        Path template = Path.of("src/test/resources/report/municipality-template.docx");
        byte[] own = new DocxDocumentWriter(WordTemplate.builtIn()).write(DOCUMENT);
        byte[] theirs = new DocxDocumentWriter(WordTemplate.fromFile(template.toString())).write(DOCUMENT);
        try (XWPFDocument a = read(own);
                XWPFDocument b = read(theirs)) {
            assertThat(bodyTexts(b)).isEqualTo(bodyTexts(a));
            assertThat(b.getStyles().getDefaultRunStyle().getRPr().getRFontsArray(0).getAscii()).isEqualTo("DejaVu Serif");
            assertThat(a.getStyles().getDefaultRunStyle().getRPr().getRFontsArray(0).getAscii()).isEqualTo("Arial");
            XWPFHeader header = b.getHeaderFooterPolicy().getDefaultHeader();
            assertThat(header.getAllPictures()).hasSize(1);
            assertThat(header.getText().strip()).isEqualTo(StatusDocuments.TITLE);
            assertThat(a.getHeaderFooterPolicy().getDefaultHeader().getAllPictures()).isEmpty();
            assertThat(styleNameOf(b, "Bemærkninger")).isEqualTo("heading 2");
        }
    }

    @Test
    void aTemplateWithoutHeaderOrFooterStillGetsTheTitleAndPageNumbers() throws IOException {
        Path template = dir.resolve("plain.docx");
        try (XWPFDocument plain = new XWPFDocument();
                OutputStream out = Files.newOutputStream(template)) {
            plain.createParagraph().createRun().setText("Skabelonens egen tekst, som ikke kommer med");
            plain.write(out);
        }
        try (XWPFDocument doc = read(new DocxDocumentWriter(WordTemplate.fromFile(template.toString())).write(DOCUMENT))) {
            assertThat(doc.getHeaderFooterPolicy().getDefaultHeader().getText().strip()).isEqualTo(StatusDocuments.TITLE);
            assertThat(instructions(doc.getHeaderFooterPolicy().getDefaultFooter()._getHdrFtr().xmlText()))
                    .containsExactly("PAGE", "NUMPAGES");
            assertThat(styleNameOf(doc, "Indsatser og mål")).isEqualTo("heading 1");
            assertThat(bodyTexts(doc)).doesNotContain("Skabelonens egen tekst, som ikke kommer med");
        }
    }

    @Test
    void headingStylesAreFoundByNameInATemplateFromADanishWord() throws IOException {
        Path template = dir.resolve("dansk.docx");
        try (XWPFDocument danish = new XWPFDocument();
                OutputStream out = Files.newOutputStream(template)) {
            var styles = danish.createStyles();
            styles.addStyle(new XWPFStyle(WordStyles.paragraphStyle("Normal", "Normal", null, 22, false, -1), styles));
            styles.addStyle(new XWPFStyle(WordStyles.paragraphStyle("Overskrift1", "heading 1", "Normal", 40, true, 0), styles));
            danish.write(out);
        }
        try (XWPFDocument doc = read(new DocxDocumentWriter(WordTemplate.fromFile(template.toString())).write(DOCUMENT))) {
            assertThat(paragraph(doc, "Indsatser og mål").getStyleID()).isEqualTo("Overskrift1");
            assertThat(styleNameOf(doc, "Bemærkninger")).isEqualTo("heading 2");
        }
    }

    @Test
    void writingTwiceGivesTheSameTextAndLeavesTheTemplateUntouched() throws IOException {
        DocxDocumentWriter writer = new DocxDocumentWriter(WordTemplate.builtIn());
        writer.write(DOCUMENT);
        CommitteeDocument other = new CommitteeDocument("status", null, "Et andet dokument", List.of(), List.of());
        try (XWPFDocument doc = read(writer.write(other))) {
            assertThat(bodyTexts(doc)).containsExactly("Et andet dokument");
            assertThat(doc.getHeaderFooterPolicy().getDefaultHeader().getText().strip()).isEqualTo("Et andet dokument");
        }
    }

    @Test
    void aTableWithoutHeaderCellsHasNoEmptyHeaderRow() throws IOException {
        CommitteeDocument doc = new CommitteeDocument("grant-account", null, "Fordeling", List.of(), List.of(
                new CommitteeDocument.Table("Fordeling", null, List.of(), List.of(
                        CommitteeDocument.Row.of(CommitteeDocument.Cell.text("JC Musvågevej"), CommitteeDocument.Cell.text("31")),
                        CommitteeDocument.Row.of(CommitteeDocument.Cell.bold("I alt"), CommitteeDocument.Cell.text("93"))))));
        try (XWPFDocument read = read(new DocxDocumentWriter(WordTemplate.builtIn()).write(doc))) {
            XWPFTable table = read.getTables().get(0);
            assertThat(table.getRows()).hasSize(2);
            assertThat(table.getRow(0).isRepeatHeader()).isFalse();
            assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("JC Musvågevej");
            assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("93");
        }
    }

    @Test
    void aRowHeadingAGroupIsShadedAndFiguresStandToTheRight() throws IOException {
        try (XWPFDocument doc = read(new DocxDocumentWriter(WordTemplate.builtIn()).write(DOCUMENT))) {
            XWPFTableCell ended = doc.getTables().get(0).getRow(3).getCell(0);
            assertThat(ended.getColor()).isEqualTo("F2F2F2");
            assertThat(doc.getTables().get(0).getRow(1).getCell(0).getColor()).isNull();
            XWPFTableRow economy = doc.getTables().get(1).getRow(1);
            assertThat(economy.getCell(1).getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            assertThat(economy.getCell(0).getParagraphs().get(0).getAlignment()).isNotEqualTo(ParagraphAlignment.RIGHT);
            XWPFTableCell phrase = doc.getTables().get(0).getRow(1).getCell(2);
            assertThat(phrase.getParagraphs().get(0).getAlignment()).isNotEqualTo(ParagraphAlignment.RIGHT);
        }
    }

    @Test
    void aBlankLineInACellStartsANewParagraphInTheCell() throws IOException {
        CommitteeDocument doc = new CommitteeDocument("quarterly-status", null, "Status", List.of(), List.of(
                new CommitteeDocument.Table("Status", null, List.of("Status"), List.of(
                        CommitteeDocument.Row.of(CommitteeDocument.Cell.text(
                                "Ad. 1: 120 borgere er startet.\n\nAd. 2: 45 er i job.\nPrognose: 60 ved årets udgang."))))));
        try (XWPFDocument read = read(new DocxDocumentWriter(WordTemplate.builtIn()).write(doc))) {
            XWPFTableCell cell = read.getTables().get(0).getRow(1).getCell(0);
            assertThat(cell.getParagraphs()).extracting(XWPFParagraph::getText).containsExactly(
                    "Ad. 1: 120 borgere er startet.", "Ad. 2: 45 er i job.\nPrognose: 60 ved årets udgang.");
        }
    }

    @Test
    void labelAndLinesUnderTheTitleHaveTheirOwnStyles() throws IOException {
        try (XWPFDocument doc = read(new DocxDocumentWriter(WordTemplate.builtIn()).write(DOCUMENT))) {
            assertThat(styleNameOf(doc, "Bilag 1")).isEqualTo("Subtitle");
            assertThat(styleNameOf(doc, "Sidst opdateret: 23.11.2020")).isEqualTo("Document Information");
            assertThat(styleNameOf(doc, "Status for indsatser og mål")).isEqualTo("caption");
        }
    }

    static XWPFDocument read(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    private static List<String> instructions(String xml) {
        List<String> found = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<w:instrText[^>]*>([^<]*)</w:instrText>").matcher(xml);
        while (m.find()) {
            found.add(m.group(1).strip());
        }
        return found;
    }

    private static String styleNameOf(XWPFDocument doc, String text) {
        return doc.getStyles().getStyle(paragraph(doc, text).getStyleID()).getName();
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text) {
        return doc.getParagraphs().stream()
                .filter(p -> p.getText().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph " + text + " in " + bodyTexts(doc)));
    }

    /** Every paragraph's and table cell's text in the body, in document order, empty ones left out. */
    static List<String> bodyTexts(XWPFDocument doc) {
        List<String> texts = new ArrayList<>();
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                texts.add(p.getText());
            } else if (element instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    texts.addAll(row.getTableCells().stream().map(XWPFTableCell::getText).collect(Collectors.toList()));
                }
            }
        }
        texts.removeIf(String::isEmpty);
        return texts;
    }
}
