package dk.pejling.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * Debian's Chromium driven by Playwright. Playwright downloads no browser of its own
 * ({@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1} in the build); the flags keep the browser off the
 * network it would otherwise call home on, which these machines do not have.
 */
final class Chromium implements AutoCloseable {

    static final Path EXECUTABLE = Paths.get("/usr/bin/chromium");

    private static final List<String> ARGS = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static Chromium launch() {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException(EXECUTABLE + " is missing: apt-get install chromium (.ci/run does)");
        }
        Playwright playwright = Playwright.create();
        try {
            Browser browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(EXECUTABLE)
                            .setHeadless(true)
                            .setArgs(ARGS));
            return new Chromium(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    Browser browser() {
        return browser;
    }

    /**
     * A fresh context as every page test uses it: Pejling at {@code port}, Danish, a desktop window.
     * Short waits: a page here answers in milliseconds, and a failing test should say so quickly.
     */
    BrowserContext pageContext(int port) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port)
                .setLocale("da-DK")
                .setAcceptDownloads(true)
                .setViewportSize(1280, 900));
        context.setDefaultTimeout(5_000);
        context.setDefaultNavigationTimeout(20_000);
        return context;
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
