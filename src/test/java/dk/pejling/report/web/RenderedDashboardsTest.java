package dk.pejling.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pejling.shared.Period;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The kept dashboards: written once per view, gone with their plan's revision, and bounded in size. */
class RenderedDashboardsTest {

    private final RenderedDashboards kept = new RenderedDashboards();
    private final AtomicInteger writes = new AtomicInteger();

    @Test
    void aViewIsWrittenOnceAndADifferentLanguageOrPageIsAnotherView() {
        byte[] first = kept.get(key("plan", "r1", 1, Locale.forLanguageTag("da")), this::write);
        assertThat(kept.get(key("plan", "r1", 1, Locale.forLanguageTag("da")), this::write)).isSameAs(first);
        kept.get(key("plan", "r1", 1, Locale.ENGLISH), this::write);
        kept.get(key("plan", "r1", 2, Locale.forLanguageTag("da")), this::write);
        assertThat(writes).hasValue(3);
    }

    @Test
    void aNewRevisionOfAPlanDropsItsOlderPagesAndLeavesOtherPlansAlone() {
        kept.get(key("plan", "r1", 1, Locale.ENGLISH), this::write);
        kept.get(key("plan", "r1", 2, Locale.ENGLISH), this::write);
        kept.get(key("other", "r7", 1, Locale.ENGLISH), this::write);
        kept.get(key("plan", "r2", 1, Locale.ENGLISH), this::write);
        assertThat(kept.size()).isEqualTo(2);
        kept.get(key("other", "r7", 1, Locale.ENGLISH), this::write);
        assertThat(writes).hasValue(4);
    }

    @Test
    void theLeastRecentlyAskedGoFirstOnceTheKeptPagesPassTheBound() {
        int pageSize = 1_000_000;
        int room = (int) (RenderedDashboards.MOST_BYTES / pageSize);
        for (int page = 1; page <= room + 5; page++) {
            kept.get(key("plan", "r1", page, Locale.ENGLISH), () -> new byte[pageSize]);
            // Page 1 is asked for again and again, so it stays.
            kept.get(key("plan", "r1", 1, Locale.ENGLISH), () -> new byte[pageSize]);
        }
        assertThat(kept.size()).isEqualTo(room);
        kept.get(key("plan", "r1", 1, Locale.ENGLISH), this::write);
        kept.get(key("plan", "r1", 2, Locale.ENGLISH), this::write);
        assertThat(writes).as("page 1 kept, page 2 gone").hasValue(1);
    }

    private byte[] write() {
        return ("<div>" + writes.incrementAndGet() + "</div>").getBytes();
    }

    private static RenderedDashboards.Key key(String plan, String revision, int page, Locale locale) {
        return new RenderedDashboards.Key(plan, revision, Period.year(2020), DashboardFilter.NONE, page, 1, locale, "content", List.of());
    }
}
