package dk.pejling.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/** What PDFBox finds in a PDF's structure: its fonts, page by page, form by form. */
final class PdfStructure {

    /** A font as a page uses it: its name, the page, and whether its glyph program is in the file. */
    record UsedFont(String name, int page, boolean embedded) {}

    private PdfStructure() {}

    static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every font in every page's resources, and in the resources of the forms the pages draw. */
    static List<UsedFont> fonts(byte[] pdf) {
        try (PDDocument document = load(pdf)) {
            List<UsedFont> fonts = new ArrayList<>();
            int number = 0;
            for (PDPage page : document.getPages()) {
                number++;
                collect(page.getResources(), number, fonts, new HashSet<>());
            }
            return fonts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(PDResources resources, int page, List<UsedFont> into, Set<COSBase> seen)
            throws IOException {
        if (resources == null || !seen.add(resources.getCOSObject())) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            into.add(new UsedFont(font.getName(), page, embedded(font)));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                collect(form.getResources(), page, into, seen);
            }
        }
    }

    /** Embedded: the descriptor (of the descendant font for a composite font) holds a font file. */
    private static boolean embedded(PDFont font) {
        if (font instanceof PDType3Font) {
            return true; // its glyphs are drawn by content streams inside the PDF
        }
        PDFontDescriptor descriptor = font instanceof PDType0Font type0
                ? type0.getDescendantFont().getFontDescriptor()
                : font.getFontDescriptor();
        return descriptor != null
                && (descriptor.getFontFile2() != null || descriptor.getFontFile3() != null
                        || descriptor.getFontFile() != null);
    }
}
