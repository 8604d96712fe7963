package dk.pejling.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;

/**
 * A person without a mouse: Tab to reach a field, link or button, typing to fill a field in, Enter
 * to follow a link or press a button. Fails where Tab never reaches what the person is after.
 */
final class Keyboard {

    /** More Tab presses than any page of Pejling has stops; a page that needs more is itself the fault. */
    private static final int MOST_TABS = 300;

    private final Page page;

    Keyboard(Page page) {
        this.page = page;
    }

    /** Signs in with the form, ending on the list of plans. */
    void signIn(String username, String password) {
        page.navigate("/login");
        tabTo(page.locator("#username"));
        page.keyboard().type(username);
        page.keyboard().press("Tab");
        page.keyboard().type(password);
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile("/plans$"));
    }

    /** Tabs to the field with the id, empties it and types the text, as a person fills in a form. */
    void type(String id, String text) {
        tabTo(page.locator("#" + id));
        page.keyboard().press("Control+A");
        page.keyboard().press("Delete");
        if (!text.isEmpty()) {
            page.keyboard().type(text);
        }
    }

    /** Tabs to a link or button and presses Enter. */
    void press(Locator target) {
        tabTo(target);
        page.keyboard().press("Enter");
        page.waitForLoadState();
    }

    void tabTo(Locator target) {
        target.first().waitFor();
        for (int i = 0; i < MOST_TABS; i++) {
            if ((Boolean) target.first().evaluate("el => el === document.activeElement")) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError("Tab never reaches " + target);
    }
}
