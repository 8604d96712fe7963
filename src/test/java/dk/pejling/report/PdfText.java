package dk.pejling.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF back as text by two readers that share no code with the writer: poppler's
 * {@code pdftotext} and PDFBox's text stripper.
 */
final class PdfText {

    private PdfText() {}

    /** The whole text by {@code pdftotext}, in content-stream order ({@code -raw}). */
    static String pdftotext(byte[] pdf) {
        return pdftotext(pdf, 0);
    }

    /** One page's text by {@code pdftotext} (pages count from 1; 0 is every page). */
    static String pdftotext(byte[] pdf, int page) {
        try {
            Path file = Files.createTempFile("pejling-", ".pdf");
            try {
                Files.write(file, pdf);
                List<String> command = new ArrayList<>(List.of("pdftotext", "-enc", "UTF-8", "-raw"));
                if (page > 0) {
                    command.addAll(List.of("-f", Integer.toString(page), "-l", Integer.toString(page)));
                }
                command.addAll(List.of(file.toString(), "-"));
                Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
                byte[] out = process.getInputStream().readAllBytes();
                String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    fail("pdftotext failed: " + err);
                }
                return new String(out, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("pdftotext (poppler-utils) is needed by the PDF tests", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The whole text by PDFBox, in content-stream order. */
    static String pdfbox(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each page's text by PDFBox, in page order. */
    static List<String> pdfboxPages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A reader of a PDF's pages: poppler's {@code pdftotext} or PDFBox. */
    enum Reader {
        PDFTOTEXT,
        PDFBOX;

        List<String> pages(byte[] pdf) {
            if (this == PDFBOX) {
                return pdfboxPages(pdf);
            }
            int count = pdfboxPages(pdf).size();
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                pages.add(pdftotext(pdf, i));
            }
            return pages;
        }
    }

    /**
     * The document's own text, without what the page margins repeat: every page starts with its
     * header (the title) and its footer ({@code Side 2 af 4}), which would otherwise land in the
     * middle of a paragraph that runs over a page break.
     */
    static String body(byte[] pdf, String title, Reader reader) {
        List<String> pages = reader.pages(pdf);
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pages.size(); i++) {
            String page = flat(pages.get(i));
            String header = flat(title);
            String footer = "Side " + (i + 1) + " af " + pages.size();
            if (!page.startsWith(header)) {
                fail("Page %d does not start with the title in its header: %s", i + 1, page.substring(0, Math.min(200, page.length())));
            }
            page = page.substring(header.length()).strip();
            if (!page.startsWith(footer)) {
                fail("Page %d does not carry «%s» after its header: %s", i + 1, footer, page.substring(0, Math.min(200, page.length())));
            }
            body.append(page.substring(footer.length()).strip()).append('\n');
        }
        return body.toString();
    }

    /** How far right any glyph reaches on each page, and the page's width, in points. */
    record Extent(float rightmostGlyph, float pageWidth, float pageHeight) {}

    static List<Extent> extents(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Extent> out = new ArrayList<>();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                float[] right = {0};
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) throws IOException {
                        for (TextPosition p : positions) {
                            right[0] = Math.max(right[0], p.getXDirAdj() + p.getWidthDirAdj());
                        }
                        super.writeString(text, positions);
                    }
                };
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                stripper.getText(document);
                PDRectangle box = document.getPage(i - 1).getMediaBox();
                out.add(new Extent(right[0], box.getWidth(), box.getHeight()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text with every run of white space (line breaks from wrapping included) as one space. */
    static String flat(String text) {
        return text.replaceAll("[\\s\\u00A0]+", " ").trim();
    }

    /**
     * Text without any white space. A line may wrap where the text has no space ("nr.|2",
     * "Covid-|19"), and a reader then puts a line break there, so phrases are compared this way.
     */
    static String squeezed(String text) {
        return text.replaceAll("[\\s\\u00A0]+", "");
    }

    /** Every phrase occurs in the text, each after the one before it. */
    static void assertInOrder(String text, List<String> phrases) {
        assertInOrder("the text", text, phrases);
    }

    /** As {@link #assertInOrder(String, List)}, naming what is read in a failure. */
    static void assertInOrder(String what, String text, List<String> phrases) {
        String squeezedText = squeezed(text);
        int from = 0;
        String previous = "(the start)";
        for (String phrase : phrases) {
            String wanted = squeezed(phrase);
            int at = squeezedText.indexOf(wanted, from);
            if (at < 0) {
                int anywhere = squeezedText.indexOf(wanted);
                fail("%s: expected «%s» after «%s»%s.%nText from there:%n%s", what, phrase, previous,
                        anywhere < 0 ? " but it is not in the text at all" : " but it only comes earlier, at " + anywhere,
                        squeezedText.substring(from, Math.min(squeezedText.length(), from + 600)));
            }
            from = at + wanted.length();
            previous = phrase;
        }
        assertThat(phrases).isNotEmpty();
    }
}
