package dk.pejling.report.web;

import dk.pejling.plan.LateReports.LateReport;
import dk.pejling.shared.Period;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The dashboard's results as written HTML (UTF-8), kept per everything they are written from: the
 * plan's revision, the period, the filter, the pages of the goal list and of the initiatives' counts,
 * the language, the late units, and whether the whole content or only the results were asked (htmx). Writing the page was nearly all of
 * a dashboard request's time, and a committee's members open the same view again and again between
 * two changes of the plan; any write gives the plan a new revision, so a kept page is never stale.
 * The least recently used pages go first once the kept pages together pass {@link #MOST_BYTES}.
 */
@Component
class RenderedDashboards {

    /** 32 MB at most: the synthetic plan's page of 50 goals is 120 kB. */
    static final long MOST_BYTES = 32_000_000;

    record Key(String planId, String revision, Period period, DashboardFilter filter, int page, int initiativePage,
            Locale locale,
            String fragment, List<LateReport> late) {}

    private final Map<Key, byte[]> pages = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    /** The kept HTML for the key, or what {@code write} gives, kept for the next one to ask. */
    byte[] get(Key key, Supplier<byte[]> write) {
        synchronized (this) {
            byte[] kept = pages.get(key);
            if (kept != null) {
                return kept;
            }
        }
        // Written outside the lock: two who ask at once may both write it, which costs only time.
        byte[] written = write.get();
        synchronized (this) {
            forgetOlderRevisions(key);
            byte[] old = pages.put(key, written);
            bytes += written.length - (old == null ? 0 : old.length);
            for (Iterator<byte[]> oldest = pages.values().iterator(); bytes > MOST_BYTES && oldest.hasNext(); ) {
                bytes -= oldest.next().length;
                oldest.remove();
            }
        }
        return written;
    }

    /** A plan's pages of other revisions are never asked for again; they go at once. */
    private void forgetOlderRevisions(Key key) {
        pages.entrySet().removeIf(e -> {
            boolean older = e.getKey().planId().equals(key.planId()) && !e.getKey().revision().equals(key.revision());
            if (older) {
                bytes -= e.getValue().length;
            }
            return older;
        });
    }

    synchronized int size() {
        return pages.size();
    }
}
