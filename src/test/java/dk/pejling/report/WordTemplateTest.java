package dk.pejling.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The setting {@code pejling.documents.word-template}: a municipality's own template is used, and a
 * wrong one stops the start with a message that names the setting, the file and what is wrong.
 */
class WordTemplateTest {

    @TempDir
    Path dir;

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(WordTemplate.class, DocxDocumentWriter.class);

    @Test
    void withoutTheSettingPejlingsOwnTemplateIsUsed() {
        context.run(app -> {
            assertThat(app).hasNotFailed();
            assertThat(app.getBean(WordTemplate.class).source()).isEqualTo("classpath:report/template.docx");
        });
    }

    @Test
    void theSettingPointsTheWriterAtTheMunicipalitysTemplate() throws IOException {
        Path template = Path.of("src/test/resources/report/municipality-template.docx").toAbsolutePath();
        context.withPropertyValues("pejling.documents.word-template=" + template).run(app -> {
            assertThat(app).hasNotFailed();
            byte[] docx = app.getBean(DocxDocumentWriter.class).write(StatusDocuments.seed000Like());
            try (XWPFDocument doc = DocxDocumentWriterTest.read(docx)) {
                assertThat(doc.getHeaderFooterPolicy().getDefaultHeader().getAllPictures()).hasSize(1);
            }
        });
    }

    @Test
    void aMissingFileStopsTheStartWithAClearMessage() {
        Path missing = dir.resolve("skabelon.docx");
        context.withPropertyValues("pejling.documents.word-template=" + missing).run(app -> {
            assertThat(app).hasFailed();
            Throwable cause = rootCause(app.getStartupFailure());
            assertThat(cause).isInstanceOf(WordTemplateException.class)
                    .hasMessage("The Word template in pejling.documents.word-template (" + missing
                            + ") cannot be used: no file exists at " + missing);
        });
    }

    @Test
    void refusesWhatIsNotAWordDocument() throws IOException {
        Path directory = Files.createDirectory(dir.resolve("mappe.docx"));
        Path text = Files.writeString(dir.resolve("tekst.docx"), "Ikke et Word-dokument");
        Path pdf = Files.writeString(dir.resolve("skabelon.pdf"), "%PDF-1.7");
        Path zip = dir.resolve("andet.docx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("hej.txt"));
            out.write("hej".getBytes());
        }
        Path doc = dir.resolve("gammel.docx");
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem old = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
                OutputStream out = Files.newOutputStream(doc)) {
            old.createDocument(new java.io.ByteArrayInputStream(new byte[] {1, 2, 3}), "WordDocument");
            old.writeFilesystem(out);
        }
        assertRefused(directory.toString(), directory + " is not a file");
        assertRefused(text.toString(), "it is not a readable Word document");
        assertRefused(pdf.toString(), "it is not a .docx file");
        assertRefused(zip.toString(), "it is not a readable Word document");
        assertRefused(doc.toString(), "it is an old Word file (.doc); save it as .docx");
        assertRefused("\u0000/skabelon.docx", "it is not a valid file path");
    }

    @Test
    void refusesATemplateWithMacros() throws IOException {
        Path template = dir.resolve("makro.docx");
        try (XWPFDocument doc = new XWPFDocument();
                OutputStream out = Files.newOutputStream(template)) {
            var part = doc.getPackage().createPart(
                    org.apache.poi.openxml4j.opc.PackagingURIHelper.createPartName("/word/vbaProject.bin"),
                    "application/vnd.ms-office.vbaProject");
            try (OutputStream bin = part.getOutputStream()) {
                bin.write(new byte[] {0, 1, 2});
            }
            doc.write(out);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        assertRefused(template.toString(), "it contains macros; save it as a plain .docx");
    }

    @Test
    void theStartUpReportSaysWhatToDoInsteadOfAStackTrace() {
        WordTemplateException problem = new WordTemplateException("/srv/skabelon.docx", "no file exists at /srv/skabelon.docx");
        FailureAnalysis analysis = new WordTemplateFailureAnalyzer().analyze(new IllegalStateException("wrapped", problem));
        assertThat(analysis.getDescription()).isEqualTo(
                "The Word template in pejling.documents.word-template (/srv/skabelon.docx) cannot be used:"
                        + " no file exists at /srv/skabelon.docx");
        assertThat(analysis.getAction()).contains("pejling.documents.word-template").contains(".docx");
    }

    @Test
    void theFailureAnalyzerIsRegisteredWithSpringBoot() throws IOException {
        java.util.List<String> analyzers = new java.util.ArrayList<>();
        var resources = getClass().getClassLoader().getResources("META-INF/spring.factories");
        while (resources.hasMoreElements()) {
            var factories = org.springframework.core.io.support.PropertiesLoaderUtils.loadProperties(
                    new org.springframework.core.io.UrlResource(resources.nextElement()));
            analyzers.add(factories.getProperty("org.springframework.boot.diagnostics.FailureAnalyzer", ""));
        }
        assertThat(analyzers).anySatisfy(names -> assertThat(names).contains(WordTemplateFailureAnalyzer.class.getName()));
    }

    @Test
    void aTemplateChangedAfterStartDoesNotChangeTheDocuments() throws IOException {
        Path template = dir.resolve("kommune.docx");
        Files.copy(Path.of("src/test/resources/report/municipality-template.docx"), template);
        DocxDocumentWriter writer = new DocxDocumentWriter(WordTemplate.fromFile(template.toString()));
        Files.delete(template);
        try (XWPFDocument doc = DocxDocumentWriterTest.read(writer.write(StatusDocuments.seed000Like()))) {
            assertThat(doc.getHeaderFooterPolicy().getDefaultHeader().getAllPictures()).hasSize(1);
        }
    }

    private static void assertRefused(String path, String problem) {
        assertThatThrownBy(() -> WordTemplate.fromFile(path))
                .isInstanceOf(WordTemplateException.class)
                .hasMessageStartingWith("The Word template in pejling.documents.word-template (" + path + ") cannot be used: ")
                .hasMessageContaining(problem);
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && !(cause instanceof WordTemplateException)) {
            cause = cause.getCause();
        }
        return cause;
    }
}
