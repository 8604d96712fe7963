package dk.pejling.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblStylePr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblStyleOverrideType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Makes the Word templates: Pejling's own ({@code src/main/resources/report/template.docx}) and a
 * municipality's look-alike used in tests ({@code src/test/resources/report/municipality-template.docx},
 * another font and a logo in the header). The .docx files are committed; run this after changing it:
 * {@code mvn -q -o test-compile exec:java -Dexec.mainClass=dk.pejling.report.WordTemplateGenerator
 * -Dexec.classpathScope=test}.
 */
public final class WordTemplateGenerator {

    private WordTemplateGenerator() {}

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        write(root.resolve("src/main/resources/report/template.docx"), pejling());
        write(root.resolve("src/test/resources/report/municipality-template.docx"), municipality());
    }

    /** Pejling's template: Arial 10 pt, dark blue headings, A4 with 2 cm side margins. */
    static XWPFDocument pejling() throws IOException {
        XWPFDocument doc = base("Arial", "1F3864");
        XWPFParagraph header = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        header.setStyle("Header");
        header.createRun().setText(DocxDocumentWriter.TITLE_PLACEHOLDER);
        footer(doc);
        return doc;
    }

    /** A municipality's template: DejaVu Serif, dark red headings and a logo left of the title in the header. */
    static XWPFDocument municipality() throws IOException {
        XWPFDocument doc = base("DejaVu Serif", "8B0000");
        XWPFParagraph header = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        header.setStyle("Header");
        try {
            header.createRun()
                    .addPicture(
                            new ByteArrayInputStream(logo()),
                            Document.PICTURE_TYPE_PNG,
                            "logo.png",
                            Units.toEMU(90),
                            Units.toEMU(30));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        header.createRun().addTab();
        // Split over two runs as Word does after an edit: the writer must still find it.
        header.createRun().setText("{{ti");
        header.createRun().setText("tel}}");
        footer(doc);
        return doc;
    }

    private static XWPFDocument base(String font, String headingColour) {
        XWPFDocument doc = new XWPFDocument();
        XWPFStyles styles = doc.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(font);
        fonts.setHAnsi(font);
        fonts.setCs(font);
        fonts.setEastAsia(font);
        styles.setDefaultFonts(fonts);
        styles.setSpellingLanguage(WordStyles.DANISH);
        add(styles, WordStyles.paragraphStyle("Normal", "Normal", null, 20, false, -1));
        styles.getStyle("Normal").getCTStyle().getPPr().addNewSpacing().setAfter(BigInteger.valueOf(120));
        heading(styles, "Title", "Title", 36, headingColour, -1);
        heading(styles, "Subtitle", "Subtitle", 22, "595959", -1);
        heading(styles, "Heading1", "heading 1", 30, headingColour, 0);
        heading(styles, "Heading2", "heading 2", 26, headingColour, 1);
        heading(styles, "Heading3", "heading 3", 22, headingColour, 2);
        add(styles, WordStyles.paragraphStyle("Header", "header", "Normal", 16, false, -1));
        add(styles, WordStyles.paragraphStyle("Footer", "footer", "Normal", 16, false, -1));
        add(styles, tableGrid());
        WordStyles.prepare(doc);
        CTSectPr page = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = page.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = page.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1418));
        margins.setBottom(BigInteger.valueOf(1418));
        margins.setLeft(BigInteger.valueOf(1134));
        margins.setRight(BigInteger.valueOf(1134));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
        margins.setGutter(BigInteger.ZERO);
        return doc;
    }

    private static void heading(XWPFStyles styles, String id, String name, int halfPoints, String colour, int level) {
        add(styles, WordStyles.paragraphStyle(id, name, "Normal", halfPoints, true, colour, level));
    }

    /** Thin grey borders, a little room in the cells, the header row bold on light grey. */
    private static CTStyle tableGrid() {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId("TableGrid");
        style.setType(STStyleType.TABLE);
        style.addNewName().setVal("Table Grid");
        style.addNewBasedOn().setVal("TableNormal");
        CTTblBorders borders = style.addNewTblPr().addNewTblBorders();
        for (CTBorder border : new CTBorder[] {
            borders.addNewTop(), borders.addNewLeft(), borders.addNewBottom(),
            borders.addNewRight(), borders.addNewInsideH(), borders.addNewInsideV()
        }) {
            border.setVal(STBorder.SINGLE);
            border.setSz(BigInteger.valueOf(4));
            border.setColor("808080");
        }
        style.getTblPr().addNewTblCellMar().addNewLeft().setW(BigInteger.valueOf(85));
        style.getTblPr().getTblCellMar().addNewRight().setW(BigInteger.valueOf(85));
        CTTblStylePr firstRow = style.addNewTblStylePr();
        firstRow.setType(STTblStyleOverrideType.FIRST_ROW);
        firstRow.addNewRPr().addNewB();
        CTShd shading = firstRow.addNewTcPr().addNewShd();
        shading.setVal(STShd.CLEAR);
        shading.setFill("D9D9D9");
        return style;
    }

    private static void add(XWPFStyles styles, CTStyle style) {
        styles.addStyle(new XWPFStyle(style, styles));
    }

    private static void footer(XWPFDocument doc) {
        XWPFParagraph footer = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        footer.setStyle("Footer");
        footer.setAlignment(ParagraphAlignment.RIGHT);
        WordFields.pageOfPages(footer);
    }

    private static byte[] logo() throws IOException {
        BufferedImage image = new BufferedImage(300, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x8B0000));
        g.fillRect(0, 0, 300, 100);
        g.setColor(Color.WHITE);
        g.fillOval(20, 20, 60, 60);
        g.fillRect(100, 40, 180, 20);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static void write(Path file, XWPFDocument doc) throws IOException {
        Files.createDirectories(file.getParent());
        try (doc;
                OutputStream out = Files.newOutputStream(file)) {
            doc.write(out);
        }
    }
}
