package dk.pejling.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dk.pejling.testing.PejlingTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Thousands of broken plan bundles (the demo bundles truncated, with types swapped, huge numbers,
 * deep nesting, random bytes, odd unicode), sent to the API and the upload page, and malformed
 * form posts to the pages: none answers 500, and none that is refused leaves a row behind.
 */
@PejlingTest
@AutoConfigureMockMvc
class HostileBundlesTest {

    /** Fixed, so that a failure can be repeated; the cases are the same in every run. */
    private static final long SEED = 20240607L;
    private static final int API_CASES = 1600;
    private static final int UPLOAD_CASES = 400;
    private static final RequestPostProcessor PLANNER = user("planner").roles("PLANNER");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private List<String> tables;

    @Test
    void brokenBundlesAndFormsAreRefusedWithoutAFailureOrAPartialWrite(TestReporter report) throws Exception {
        tables = jdbc.queryForList("select table_name from information_schema.tables where lower(table_schema) ="
                + " lower(current_schema()) and lower(table_type) in ('base table', 'table') and table_name not like"
                + " 'flyway%'", String.class);
        List<String> originals = new ArrayList<>();
        for (String name : new String[] {"kk-biu-handleplan-beskaeftigelse-integration", "kk-integrationshandleplan-2019-22"}) {
            originals.add(new ClassPathResource("demo/" + name + ".yaml").getContentAsString(StandardCharsets.UTF_8));
        }
        String json = new String(mvc.perform(post("/api/v1/bundles").with(PLANNER)
                                .contentType("application/yaml")
                                .content(originals.get(0)))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);
        assertThat(json).contains("\"id\"");
        String exported = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/api/v1/plans/kk-biu-handleplan-beskaeftigelse-integration/bundle")
                        .with(PLANNER))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Mutations mutations = new Mutations(new Random(SEED));
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        long started = System.nanoTime();
        Map<String, Long> rows = rowCounts();
        for (int i = 0; i < API_CASES; i++) {
            boolean asJson = i % 2 == 0;
            Mutations.Case c = mutations.next(asJson ? exported : originals.get(i % 8 == 1 ? 1 : 0));
            MockHttpServletResponse r = send(post("/api/v1/bundles").with(PLANNER)
                    .contentType(asJson ? "application/json" : "application/yaml")
                    .content(c.bytes()));
            rows = judge("API " + c.kind(), i, r, rows, outcomes, problems);
        }
        for (int i = 0; i < UPLOAD_CASES; i++) {
            Mutations.Case c = mutations.next(i % 2 == 0 ? exported : originals.get(0));
            String name = i % 2 == 0 ? "plan.json" : "plan.yaml";
            MockHttpServletResponse r = send(multipart("/plans/upload")
                    .file(new MockMultipartFile("file", name, "application/octet-stream", c.bytes()))
                    .with(PLANNER)
                    .with(csrf()));
            rows = judge("upload " + c.kind(), i, r, rows, outcomes, problems);
        }
        int forms = 0;
        for (RequestBuilder form : malformedForms()) {
            rows = judge("form", forms++, send(form), rows, outcomes, problems);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        int total = API_CASES + UPLOAD_CASES + forms;
        String summary = total + " hostile cases (" + API_CASES + " to the API, " + UPLOAD_CASES + " uploads, " + forms
                + " form posts) in " + millis + " ms; answers " + outcomes + "; " + problems.size() + " problems";
        System.out.println("HostileBundlesTest: " + summary);
        report.publishEntry("hostile input", summary);
        assertThat(problems).as(String.join("\n", problems.subList(0, Math.min(20, problems.size())))).isEmpty();
    }

    private List<RequestBuilder> malformedForms() {
        String plan = "kk-biu-handleplan-beskaeftigelse-integration";
        byte[] big = "x".repeat(200_000).getBytes(StandardCharsets.UTF_8);
        return List.of(
                post("/plans/upload").with(PLANNER).with(csrf()).param("replace", "maybe"),
                multipart("/plans/upload").file(new MockMultipartFile("file", "../../../etc/passwd.yaml", "text/yaml", big))
                        .with(PLANNER).with(csrf()),
                multipart("/plans/upload").file(new MockMultipartFile("file", "x".repeat(5000) + ".json", "text/json",
                                "{}".getBytes())).with(PLANNER).with(csrf()),
                multipart("/plans/upload").file(new MockMultipartFile("file", "plan.exe", "application/x-msdownload", big))
                        .with(PLANNER).with(csrf()),
                multipart("/plans/upload").file(new MockMultipartFile("other", "plan.yaml", "text/yaml", big))
                        .with(PLANNER).with(csrf()),
                multipart("/plans/upload").file(new MockMultipartFile("file", "plan.yaml", "text/yaml", new byte[0]))
                        .param("replace", "true").with(PLANNER).with(csrf()),
                post("/plans/" + plan + "/publication").with(PLANNER).with(csrf()).param("x", "\u0000<script>"),
                post("/plans/%3Cscript%3E/publication").with(PLANNER).with(csrf()),
                post("/plans/" + "a".repeat(3000) + "/publication/withdrawal").with(PLANNER).with(csrf()),
                multipart("/admin/backup/restore").file(new MockMultipartFile("file", "b.zip", "application/zip", big))
                        .with(user("admin").roles("ADMIN")).with(csrf()),
                post("/api/v1/bundles").with(PLANNER).contentType("application/json").content(new byte[0]),
                post("/api/v1/bundles").with(PLANNER).contentType("application/xml").content("<plan/>"),
                post("/api/v1/bundles?replace=notaboolean").with(PLANNER).contentType("application/json").content("{}"),
                post("/api/v1/plans/" + plan + "/scenarios").with(PLANNER).contentType("application/json").content("[1,2"),
                post("/api/v1/plans/" + plan + "/scenarios").with(PLANNER).contentType("application/json")
                        .content("{\"frame\": \"" + "9".repeat(5000) + "\"}"));
    }

    private MockHttpServletResponse send(RequestBuilder request) {
        try {
            return mvc.perform(request).andReturn().getResponse();
        } catch (Exception e) {
            MockHttpServletResponse failed = new MockHttpServletResponse();
            failed.setStatus(599);
            try {
                failed.getWriter().write(e.toString());
            } catch (Exception ignored) {
                // the status says it all
            }
            return failed;
        }
    }

    private Map<String, Long> judge(
            String what, int i, MockHttpServletResponse r, Map<String, Long> before, Map<String, Integer> outcomes,
            List<String> problems) throws Exception {
        outcomes.merge(Integer.toString(r.getStatus()), 1, Integer::sum);
        Map<String, Long> after = rowCounts();
        if (r.getStatus() >= 500) {
            problems.add(what + " #" + i + " answered " + r.getStatus() + ": " + abbreviate(r.getContentAsString()));
        }
        boolean accepted = r.getStatus() == 200 || r.getStatus() == 201
                || (r.getStatus() == 302 && String.valueOf(r.getRedirectedUrl()).startsWith("/plans/"));
        if (!accepted && !after.equals(before)) {
            problems.add(what + " #" + i + " was refused (" + r.getStatus() + ") but changed rows: " + before + " -> " + after);
        }
        return after;
    }

    private Map<String, Long> rowCounts() {
        String sql = "select " + String.join(", ", tables.stream()
                .map(t -> "(select count(*) from \"" + t + "\") as \"" + t + "\"")
                .toList());
        Map<String, Long> out = new TreeMap<>();
        jdbc.queryForMap(sql).forEach((k, v) -> out.put(k.toLowerCase(java.util.Locale.ROOT), ((Number) v).longValue()));
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) : s;
    }
}
