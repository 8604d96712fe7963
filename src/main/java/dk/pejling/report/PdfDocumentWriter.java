package dk.pejling.report;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;

/**
 * Writes a committee document as an accessible PDF: tagged (PDF/UA), in Danish, titled, every font
 * embedded, the title at the top of each page and "Side X af Y" at the foot, and table headers
 * repeated where a table runs onto the next page.
 */
@Component
public class PdfDocumentWriter implements DocumentWriter {

    private static final String PRODUCER = "Pejling";

    private final PdfFonts fonts = PdfFonts.load();
    private final String css = stylesheet();

    @Override
    public DocumentFormat format() {
        return DocumentFormat.PDF;
    }

    @Override
    public byte[] write(CommitteeDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessbility(true);
        // The status document's charts are inline SVG; Batik draws them as vector graphics.
        builder.useSVGDrawer(new com.openhtmltopdf.svgsupport.BatikSVGDrawer());
        builder.withProducer(PRODUCER);
        // Our own PDDocument, so that the fonts can be loaded into it the way PdfFonts wants them;
        // the renderer saves it to the stream and closes it.
        PDDocument pdf = new PDDocument();
        builder.usePDDocument(pdf);
        Closeable openFonts = fonts.registerWith(builder, pdf);
        // The page is built in memory from the model; nothing in it may reach for a file or the net.
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withW3cDocument(PdfXhtml.of(document, css), "about:blank");
        builder.toStream(out);
        try (openFonts; pdf) {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the PDF of " + document.title(), e);
        }
        return out.toByteArray();
    }

    private static String stylesheet() {
        try (InputStream in = PdfDocumentWriter.class.getResourceAsStream("pdf-document.css")) {
            if (in == null) {
                throw new IllegalStateException("pdf-document.css is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
