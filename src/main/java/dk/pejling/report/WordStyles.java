package dk.pejling.report;

import java.math.BigInteger;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The paragraph and table styles the Word writer uses, found in the template by their built-in
 * names ({@code heading 1}, {@code Title}, …) because a Danish Word names their ids differently
 * ({@code Overskrift1}). Styles a template lacks are added plainly, so that headings are always
 * real heading styles with an outline level; and every style speaks Danish.
 */
record WordStyles(
        String normal,
        String title,
        String subtitle,
        String meta,
        String heading1,
        String heading2,
        String heading3,
        String listParagraph,
        String caption,
        @Nullable String table,
        @Nullable String header,
        @Nullable String footer) {

    static final String DANISH = "da-DK";

    /** The style of the lines under the title (date, case number), Pejling's own name. */
    static final String META = "Document Information";

    /** The ids of the styles in a prepared template. */
    static WordStyles of(XWPFDocument doc) {
        XWPFStyles styles = doc.getStyles();
        return new WordStyles(
                require(styles, "Normal"),
                require(styles, "Title"),
                require(styles, "Subtitle"),
                require(styles, META),
                require(styles, "heading 1"),
                require(styles, "heading 2"),
                require(styles, "heading 3"),
                require(styles, "List Paragraph"),
                require(styles, "caption"),
                find(styles, "Table Grid"),
                find(styles, "header"),
                find(styles, "footer"));
    }

    String heading(int level) {
        return level <= 1 ? heading1 : level == 2 ? heading2 : heading3;
    }

    /** Adds what the writer needs and the template lacks, and marks every style as Danish. */
    static void prepare(XWPFDocument doc) {
        XWPFStyles styles = doc.getStyles() != null ? doc.getStyles() : doc.createStyles();
        styles.setSpellingLanguage(DANISH);
        if (find(styles, "Normal") == null) {
            add(styles, paragraphStyle("Normal", "Normal", null, 0, false, -1));
        }
        String normal = require(styles, "Normal");
        addIfMissing(styles, paragraphStyle("Title", "Title", normal, 32, true, -1));
        addIfMissing(styles, paragraphStyle("Subtitle", "Subtitle", normal, 0, true, -1));
        addIfMissing(styles, paragraphStyle("Heading1", "heading 1", normal, 28, true, 0));
        addIfMissing(styles, paragraphStyle("Heading2", "heading 2", normal, 24, true, 1));
        addIfMissing(styles, paragraphStyle("Heading3", "heading 3", normal, 0, true, 2));
        addIfMissing(styles, listParagraph(normal));
        addIfMissing(styles, paragraphStyle("DocumentInformation", META, normal, 0, false, -1));
        CTStyle caption = paragraphStyle("Caption", "caption", normal, 0, true, -1);
        caption.getPPr().addNewKeepNext();
        addIfMissing(styles, caption);
        for (XWPFStyle style : styles.getStyles()) {
            CTStyle ct = style.getCTStyle();
            if (ct.isSetRPr() && ct.getRPr().sizeOfLangArray() > 0) {
                ct.getRPr().getLangArray(0).setVal(DANISH);
            }
        }
    }

    static @Nullable String find(XWPFStyles styles, String name) {
        for (XWPFStyle style : styles.getStyles()) {
            if (style.getName() != null && style.getName().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return style.getStyleId();
            }
        }
        return null;
    }

    private static String require(XWPFStyles styles, String name) {
        String id = find(styles, name);
        if (id == null) {
            throw new IllegalStateException("The Word template was not prepared: no style named " + name);
        }
        return id;
    }

    private static void addIfMissing(XWPFStyles styles, CTStyle style) {
        if (find(styles, style.getName().getVal()) == null) {
            add(styles, style);
        }
    }

    private static void add(XWPFStyles styles, CTStyle style) {
        String id = style.getStyleId();
        while (styles.styleExist(id)) {
            id = "Pejling" + id;
        }
        style.setStyleId(id);
        styles.addStyle(new XWPFStyle(style, styles));
    }

    /**
     * A paragraph style; {@code halfPoints} 0 keeps the base size; {@code outlineLevel} -1 is body
     * text, 0-2 a heading that Word's navigation and table of contents see.
     */
    static CTStyle paragraphStyle(
            String id, String name, @Nullable String basedOn, int halfPoints, boolean bold, int outlineLevel) {
        return paragraphStyle(id, name, basedOn, halfPoints, bold, null, outlineLevel);
    }

    /** As above with a text colour ({@code 1F3864}); run properties are added in the order Word requires. */
    static CTStyle paragraphStyle(
            String id,
            String name,
            @Nullable String basedOn,
            int halfPoints,
            boolean bold,
            @Nullable String colour,
            int outlineLevel) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
            style.addNewNext().setVal(basedOn);
        } else {
            style.setDefault(Boolean.TRUE);
        }
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        if (outlineLevel >= 0) {
            paragraph.addNewKeepNext();
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
            paragraph.addNewSpacing().setBefore(BigInteger.valueOf(240 - 60L * outlineLevel));
            paragraph.getSpacing().setAfter(BigInteger.valueOf(60));
        }
        CTRPr run = style.addNewRPr();
        if (bold) {
            run.addNewB();
        }
        if (colour != null) {
            run.addNewColor().setVal(colour);
        }
        if (halfPoints > 0) {
            run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        }
        danish(run.addNewLang());
        return style;
    }

    private static CTStyle listParagraph(String normal) {
        CTStyle style = paragraphStyle("ListParagraph", "List Paragraph", normal, 0, false, -1);
        style.getPPr().addNewInd().setLeft(BigInteger.valueOf(720));
        return style;
    }

    static void danish(CTLanguage lang) {
        lang.setVal(DANISH);
    }
}
