package dk.pejling.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

/**
 * The typeface of the PDF documents: IBM Plex Sans, the Danish design system's (DKFDS) font, as
 * TrueType files inside the application (the build copies them from the dkfds npm package). PDF/UA
 * wants every font embedded, so the documents never rely on a font the reader's machine may lack.
 */
final class PdfFonts {

    static final String FAMILY = "IBM Plex Sans";
    private static final String FOLDER = "/static/vendor/dkfds/fonts/IBMPlexSans/complete/ttf/";

    private record Face(byte[] file, int weight, FontStyle style) {}

    private final List<Face> faces;

    private PdfFonts(List<Face> faces) {
        this.faces = faces;
    }

    /** Reads the four faces once; the bytes are shared by every document written afterwards. */
    static PdfFonts load() {
        return new PdfFonts(List.of(
                new Face(read("IBMPlexSans-Regular.ttf"), 400, FontStyle.NORMAL),
                new Face(read("IBMPlexSans-Bold.ttf"), 700, FontStyle.NORMAL),
                new Face(read("IBMPlexSans-Italic.ttf"), 400, FontStyle.ITALIC),
                new Face(read("IBMPlexSans-BoldItalic.ttf"), 700, FontStyle.ITALIC)));
    }

    /**
     * Registers the faces for one PDF, subset, so that it carries only the glyphs it prints. The
     * returned handle closes the parsed font files once the PDF is saved.
     */
    Closeable registerWith(PdfRendererBuilder builder, PDDocument pdf) {
        List<TrueTypeFont> opened = new ArrayList<>();
        for (Face face : faces) {
            builder.useFont(new LazyFont(pdf, face.file(), opened), FAMILY, face.weight(), face.style(), true);
        }
        return () -> {
            for (TrueTypeFont ttf : opened) {
                ttf.close();
            }
        };
    }

    /** A face loaded into the PDF only when the layout first asks for it, so unused faces stay out. */
    private static final class LazyFont extends PDFontSupplier {
        private final PDDocument pdf;
        private final byte[] file;
        private final List<TrueTypeFont> opened;
        private @Nullable PDFont font;

        LazyFont(PDDocument pdf, byte[] file, List<TrueTypeFont> opened) {
            super(null);
            this.pdf = pdf;
            this.file = file;
            this.opened = opened;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                TrueTypeFont ttf = parse(file);
                opened.add(ttf);
                // PDFBox would join "fi" into the ligature glyph, which text extraction, search and
                // screen readers then meet as U+FB01 instead of the two letters of "opkvalificering".
                ttf.setEnableGsub(false);
                try {
                    font = PDType0Font.load(pdf, ttf, true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return font;
        }
    }

    private static TrueTypeFont parse(byte[] file) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(file));
        } catch (IOException e) {
            throw new UncheckedIOException("A bundled PDF font could not be read", e);
        }
    }

    private static byte[] read(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("The PDF font " + FOLDER + file
                        + " is not on the class path; the build copies it from node_modules/dkfds");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
