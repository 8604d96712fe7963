package dk.pejling.report;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * LibreOffice and Poppler as independent readers of what the writers make: {@code soffice} converts
 * a file as a user's office suite opens it, {@code pdftotext}, {@code pdffonts} and
 * {@code pdfimages} read the result. Every conversion has its own LibreOffice profile (so parallel
 * runs never share one) and a time limit. A missing program fails the test: CI installs them.
 */
final class LibreOffice {

    static final int SECONDS = 60;

    private LibreOffice() {}

    /** Converts the files in one LibreOffice start, e.g. to {@code pdf} or {@code txt:Text (encoded):UTF8}. */
    static void convert(List<Path> files, String target, Path outDir) {
        Path profile = Path.of(System.getProperty("java.io.tmpdir"), "lo-" + UUID.randomUUID());
        try {
            List<String> command = new ArrayList<>(List.of(
                    program("soffice", "libreoffice-writer-nogui and libreoffice-calc-nogui"),
                    "-env:UserInstallation=" + profile.toUri(),
                    "--headless",
                    "--norestore",
                    "--nolockcheck",
                    "--convert-to",
                    target,
                    "--outdir",
                    outDir.toString()));
            files.forEach(f -> command.add(f.toString()));
            run(command);
        } finally {
            delete(profile);
        }
    }

    static String pdftotext(Path pdf) {
        return run(List.of(program("pdftotext", "poppler-utils"), "-layout", "-enc", "UTF-8", pdf.toString(), "-"));
    }

    static String pdffonts(Path pdf) {
        return run(List.of(program("pdffonts", "poppler-utils"), pdf.toString()));
    }

    /** How many images the PDF shows, counting an image each time it is placed. */
    static long images(Path pdf) {
        String list = run(List.of(program("pdfimages", "poppler-utils"), "-list", pdf.toString()));
        return list.lines().skip(2).filter(line -> !line.isBlank()).count();
    }

    static int pages(Path pdf) {
        String info = run(List.of(program("pdfinfo", "poppler-utils"), pdf.toString()));
        return info.lines()
                .filter(line -> line.startsWith("Pages:"))
                .map(line -> Integer.parseInt(line.substring("Pages:".length()).strip()))
                .findFirst()
                .orElseThrow();
    }

    private static String program(String name, String debianPackage) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                return Path.of(dir, name).toString();
            }
        }
        return fail(name + " is not installed; install " + debianPackage + " (.ci/run does on CI)");
    }

    private static String run(List<String> command) {
        try {
            Path output = Files.createTempFile("lo-output-", ".txt");
            try {
                Process process = new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(output.toFile())
                        .start();
                if (!process.waitFor(SECONDS, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                    return fail(command.get(0) + " took more than " + SECONDS + " s: " + command);
                }
                String text = Files.readString(output, StandardCharsets.UTF_8);
                if (process.exitValue() != 0) {
                    return fail(command + " exited with " + process.exitValue() + ":\n" + text);
                }
                return text;
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            return fail("could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted running " + command, e);
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A profile left in the temporary directory does no harm.
        }
    }
}
