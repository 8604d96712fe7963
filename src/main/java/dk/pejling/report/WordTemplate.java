package dk.pejling.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Word template the committee documents are laid out with: its styles (fonts, headings, lists,
 * table style), headers and footers and page setup. Pejling ships one in
 * {@code report/template.docx}; a municipality sets {@value #PROPERTY} to the path of its own.
 * The template's body is not used: the document's blocks replace it. A header or footer may hold
 * the placeholder {@value DocxDocumentWriter#TITLE_PLACEHOLDER}, which becomes the document's title.
 *
 * <p>The file is read and checked once, at start-up, so a wrong setting stops the start with a
 * clear message and a file changed or removed later cannot break a request.
 */
@Component
public class WordTemplate {

    public static final String PROPERTY = "pejling.documents.word-template";
    static final String BUILT_IN = "report/template.docx";
    private static final long MOST_BYTES = 20L * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(WordTemplate.class);

    private final byte[] emptied;
    private final String source;

    @Autowired
    WordTemplate(@Value("${" + PROPERTY + ":}") String configured) {
        this(configured.isBlank() ? builtIn() : fromFile(configured));
        if (!configured.isBlank()) {
            log.info("Committee documents in Word use the template {}", source);
        }
    }

    private WordTemplate(WordTemplate loaded) {
        this.emptied = loaded.emptied;
        this.source = loaded.source;
    }

    private WordTemplate(byte[] emptied, String source) {
        this.emptied = emptied;
        this.source = source;
    }

    /** Pejling's own template. */
    public static WordTemplate builtIn() {
        try (InputStream in = WordTemplate.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("Pejling's Word template " + BUILT_IN + " is missing from the build");
            }
            return new WordTemplate(emptyBody(in.readAllBytes(), BUILT_IN), "classpath:" + BUILT_IN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A template from a file; refuses anything but a readable, unencrypted, macro-free .docx. */
    public static WordTemplate fromFile(String configured) {
        Path path;
        try {
            path = Path.of(configured.strip()).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new WordTemplateException(configured, "it is not a valid file path");
        }
        if (!path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx")) {
            throw new WordTemplateException(configured, "it is not a .docx file");
        }
        if (!Files.exists(path)) {
            throw new WordTemplateException(configured, "no file exists at " + path);
        }
        if (!Files.isRegularFile(path)) {
            throw new WordTemplateException(configured, path + " is not a file");
        }
        if (!Files.isReadable(path)) {
            throw new WordTemplateException(configured, path + " cannot be read by Pejling");
        }
        byte[] bytes;
        try {
            if (Files.size(path) > MOST_BYTES) {
                throw new WordTemplateException(configured, "it is larger than 20 MB");
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new WordTemplateException(configured, "reading it failed (" + e.getMessage() + ")", e);
        }
        return new WordTemplate(emptyBody(bytes, configured), path.toString());
    }

    /** Where the template came from, for the log. */
    public String source() {
        return source;
    }

    /** A fresh copy of the template with an empty body, to write one document into. */
    XWPFDocument open() {
        try {
            return new XWPFDocument(new ByteArrayInputStream(emptied));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens the template once to prove it is a Word document and keeps it without its body but with
     * the body's page setup ({@code sectPr}) and with the styles the writer needs, so that every
     * document starts from the same prepared copy.
     */
    private static byte[] emptyBody(byte[] bytes, String configured) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            for (PackagePart part : doc.getPackage().getParts()) {
                if (part.getContentType().contains("vbaProject") || part.getContentType().contains("macroEnabled")) {
                    throw new WordTemplateException(configured, "it contains macros; save it as a plain .docx");
                }
            }
            CTBody body = doc.getDocument().getBody();
            if (body == null) {
                throw new WordTemplateException(configured, "it has no document body");
            }
            removeAllButPageSetup(body);
            WordStyles.prepare(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
            doc.write(out);
            return out.toByteArray();
        } catch (WordTemplateException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new WordTemplateException(configured, "it is password protected", e);
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new WordTemplateException(configured, "it is an old Word file (.doc); save it as .docx", e);
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException | RuntimeException e) {
            throw new WordTemplateException(configured, "it is not a readable Word document (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static void removeAllButPageSetup(CTBody body) {
        try (XmlCursor cursor = body.newCursor()) {
            if (!cursor.toFirstChild()) {
                return;
            }
            boolean more = true;
            while (more) {
                if (cursor.getObject() instanceof CTSectPr) {
                    more = cursor.toNextSibling();
                } else {
                    cursor.removeXml();
                    more = cursor.isStart();
                }
            }
        }
    }
}
