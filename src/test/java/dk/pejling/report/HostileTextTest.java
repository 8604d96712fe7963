package dk.pejling.report;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.bundle.BundleFormat;
import dk.pejling.bundle.PlanBundleReader;
import dk.pejling.plan.Plan;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.NodeList;

/**
 * A plan whose title, initiative titles, goal texts and remarks are markup and spreadsheet
 * formulas (issue #7): every committee document shows them as the very text typed, in the page,
 * the Word file, the PDF and the spreadsheet; none becomes an element, a field or a formula.
 */
class HostileTextTest {

    static final String PLAN_TITLE = "<script>alert(1)</script>";
    /** Each of these is an initiative's title, its goal's text and its remark. */
    static final List<String> HOSTILE = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "&amp; ]]> <!--",
            "=HYPERLINK(\"http://evil\",\"klik\")",
            "+1+1",
            "-2+3",
            "@SUM(1)");

    static final String PLAN_ID = "fjendtlig-tekst";

    /** The plan as a bundle: one initiative per hostile text, each goal missed in 2020 so its remark is shown. */
    static String bundle() {
        StringBuilder yaml = new StringBuilder("""
                format: pejling-plan/1
                plan:
                  id: %s
                  title: %s
                  kind: Handleplan
                  organisation: Københavns Kommune
                  owner: Beskæftigelses- og Integrationsudvalget
                  period: {start: 2019, end: 2020}
                  status: adopted
                  initiatives:
                """.formatted(PLAN_ID, quoted(PLAN_TITLE)));
        for (int i = 0; i < HOSTILE.size(); i++) {
            String text = quoted(HOSTILE.get(i));
            int n = i + 1;
            yaml.append("""
                        - id: i%1$d
                          number: "%1$d"
                          title: %2$s
                          status: running
                          budget:
                            - {year: 2019, amount: 100000}
                            - {year: 2020, amount: 100000}
                          goals:
                            - id: i%1$d-g1
                              kind: activity
                              text: %2$s
                              unit: count
                              direction: at_least
                              targets:
                                - {period: 2019, value: 10}
                                - {period: 2020, value: 10}
                              results:
                                - {period: 2019, value: 12}
                                - {period: 2020, value: 5}
                          remarks:
                            - period: 2020
                              text: %2$s
                    """.formatted(n, text));
        }
        return yaml.toString();
    }

    private static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    static Plan plan() {
        return new PlanBundleReader().read(bundle(), BundleFormat.YAML);
    }

    private static CommitteeDocument document(DocumentType type) {
        Plan plan = plan();
        DocumentBuilder builder = CommitteeDocuments.builder(type);
        return builder.build(plan, builder.defaultPeriods(plan));
    }

    @Test
    void thePlanReadsBackWithTheTextsAsTyped() {
        Plan plan = plan();
        assertThat(plan.title()).isEqualTo(PLAN_TITLE);
        assertThat(plan.initiatives()).extracting(i -> i.title()).containsExactlyElementsOf(HOSTILE);
        assertThat(plan.initiatives()).extracting(i -> i.goals().get(0).text()).containsExactlyElementsOf(HOSTILE);
        assertThat(plan.initiatives()).extracting(i -> i.remarks().get(0).text()).containsExactlyElementsOf(HOSTILE);
    }

    @Test
    void theStatusDocumentCarriesEveryHostileText() {
        CommitteeDocument status = document(DocumentType.STATUS);
        List<String> texts = HandBuiltDocuments.readingOrder(status);
        assertThat(status.title()).contains(PLAN_TITLE);
        for (String hostile : HOSTILE) {
            assertThat(texts).as("goal text and remark").filteredOn(hostile::equals).hasSizeGreaterThanOrEqualTo(2);
            assertThat(texts).as("initiative title").anyMatch(t -> t.contains(hostile) && !t.equals(hostile));
        }
    }

    @Test
    void htmlShowsTheTextsAsTextNeverAsElements() {
        Document page = Jsoup.parse(new String(new HtmlDocumentWriter().write(document(DocumentType.STATUS)),
                StandardCharsets.UTF_8));
        assertNoInjectedElements(page);
        assertThat(page.selectFirst("h1").text()).contains(PLAN_TITLE);
        assertThat(page.title()).contains(PLAN_TITLE);
        List<String> own = page.body().select("*").stream().map(Element::wholeOwnText).map(String::strip).toList();
        for (String hostile : HOSTILE) {
            assertThat(own).as("an element whose text is exactly %s", hostile).contains(hostile);
        }
    }

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void noDocumentTypeTurnsTheTextsIntoElementsOrFormulas(DocumentType type) throws IOException {
        CommitteeDocument document = document(type);
        Document page = Jsoup.parse(new String(new HtmlDocumentWriter().write(document), StandardCharsets.UTF_8));
        assertNoInjectedElements(page);
        assertThat(page.text()).contains(PLAN_TITLE);
        assertNoFormulaCells(new XlsxDocumentWriter().write(document));
        byte[] docx = new DocxDocumentWriter(WordTemplate.builtIn()).write(document);
        assertThat(elementNames(docx)).doesNotContain("script", "img", "instrText", "fldSimple", "fldChar", "hyperlink");
    }

    @Test
    void wordReadsTheTextsBackExactlyAndHasNoInjectedElements() throws IOException {
        byte[] docx = new DocxDocumentWriter(WordTemplate.builtIn()).write(document(DocumentType.STATUS));
        List<String> paragraphs = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            doc.getParagraphs().forEach(p -> paragraphs.add(p.getText()));
            for (XWPFTable table : doc.getTables()) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        cell.getParagraphs().stream().map(XWPFParagraph::getText).forEach(paragraphs::add);
                    }
                }
            }
        }
        assertThat(paragraphs).anyMatch(p -> p.contains(PLAN_TITLE));
        for (String hostile : HOSTILE) {
            assertThat(paragraphs).as("goal text and remark").filteredOn(hostile::equals).hasSizeGreaterThanOrEqualTo(2);
        }
        Set<String> names = elementNames(docx);
        assertThat(names).doesNotContain("script", "img", "instrText", "fldSimple", "fldChar", "hyperlink");
        String xml = documentXml(docx);
        assertThat(xml).doesNotContain("<script", "<img", "<!--");
    }

    @Test
    void pdfShowsTheTexts() {
        byte[] pdf = new PdfDocumentWriter().write(document(DocumentType.STATUS));
        String text = PdfText.squeezed(PdfText.pdftotext(pdf));
        assertThat(text).contains(PdfText.squeezed(PLAN_TITLE));
        for (String hostile : HOSTILE) {
            assertThat(text).contains(PdfText.squeezed(hostile));
        }
        assertThat(PdfText.squeezed(PdfText.pdfbox(pdf))).contains(PdfText.squeezed(HOSTILE.get(3)));
    }

    @Test
    void spreadsheetHoldsTheTextsInStringCellsNeverFormulas() throws IOException {
        byte[] xlsx = new XlsxDocumentWriter().write(document(DocumentType.STATUS));
        assertNoFormulaCells(xlsx);
        List<XSSFCell> exact = new ArrayList<>();
        List<String> all = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (var sheet : book) {
                for (var row : sheet) {
                    for (var cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            all.add(cell.getStringCellValue());
                            if (HOSTILE.contains(cell.getStringCellValue())) {
                                exact.add((XSSFCell) cell);
                            }
                        }
                    }
                }
            }
        }
        assertThat(all).anyMatch(t -> t.contains(PLAN_TITLE));
        for (String hostile : HOSTILE) {
            assertThat(exact).extracting(XSSFCell::getStringCellValue).as("cells holding %s", hostile).contains(hostile);
        }
        for (XSSFCell cell : exact) {
            assertThat(cell.getCTCell().isSetF()).as(cell.getAddress().toString()).isFalse();
            if (XlsxDocumentWriter.looksLikeFormula(cell.getStringCellValue())) {
                assertThat(cell.getCTCell().getT().toString()).as(cell.getAddress().toString()).isEqualTo("inlineStr");
            }
        }
    }

    static void assertNoInjectedElements(Document page) {
        assertThat(page.select("script:not([src])")).as("inline scripts").isEmpty();
        assertThat(page.select("script")).extracting(e -> e.attr("src")).allMatch(src -> !src.isEmpty());
        assertThat(page.select("img[src=x], [onerror]")).isEmpty();
        assertThat(page.select("a[href^=http://evil]")).isEmpty();
    }

    private static void assertNoFormulaCells(byte[] xlsx) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (var sheet : book) {
                for (var row : sheet) {
                    for (var cell : row) {
                        assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress())
                                .isNotEqualTo(CellType.FORMULA);
                        assertThat(((XSSFCell) cell).getCTCell().isSetF()).isFalse();
                    }
                }
            }
        }
    }

    private static String documentXml(byte[] docx) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }

    /** The local names of every element in the Word body, as an XML parser sees them. */
    private static Set<String> elementNames(byte[] docx) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            org.w3c.dom.Document xml = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(documentXml(docx).getBytes(StandardCharsets.UTF_8)));
            NodeList all = xml.getElementsByTagName("*");
            Set<String> names = new HashSet<>();
            for (int i = 0; i < all.getLength(); i++) {
                names.add(all.item(i).getLocalName());
            }
            return names;
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new AssertionError("word/document.xml is not well-formed", e);
        }
    }
}
