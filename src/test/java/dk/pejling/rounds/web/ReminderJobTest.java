package dk.pejling.rounds.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dk.pejling.PejlingApplication;
import dk.pejling.access.AccountService;
import dk.pejling.access.Role;
import dk.pejling.bundle.BundleImporter;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanService;
import dk.pejling.rounds.Actor;
import dk.pejling.rounds.ReminderRule;
import dk.pejling.rounds.ReminderService;
import dk.pejling.rounds.Round;
import dk.pejling.rounds.RoundFixtures;
import dk.pejling.rounds.RoundService;
import dk.pejling.shared.DanishFormat;
import dk.pejling.shared.Period;
import dk.pejling.testing.PejlingTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Reminders of a round over a real SMTP server (GreenMail) inside the test: the planner sets the
 * round's rules, the job e-mails each unit that has not submitted once per rule, in Danish, with the
 * round, the plan, the deadline and the link to the to-do page; and however many threads and
 * instances of Pejling run the job against the same database at once, each unit gets one e-mail per
 * rule.
 */
@PejlingTest(properties = {"pejling.base-url=https://pejling.kk.dk", "pejling.reminders.from=pejling@kk.dk"})
@AutoConfigureMockMvc
class ReminderJobTest {

    private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private static final RequestPostProcessor PLANNER = httpBasic("planlaegger", "password-planlaegger");
    private static final RequestPostProcessor READER = httpBasic("laeser", "password-laeser");
    private static final RequestPostProcessor MUSVAAGEVEJ = httpBasic("musvaagevej", "password-musvaagevej");

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    BundleImporter importer;

    @Autowired
    PlanService plans;

    @Autowired
    AccountService accounts;

    @Autowired
    RoundService rounds;

    @Autowired
    ReminderService reminders;

    @Autowired
    Clock clock;

    @Autowired
    Environment environment;

    private Plan plan;
    private Actor planner;
    private LocalDate today;

    @BeforeEach
    void twoJobCentresWithAddresses() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        today = LocalDate.now(clock);
        plan = RoundFixtures.plan(importer, plans);
        planner = RoundFixtures.account(accounts, "planlaegger", Role.PLANNER);
        RoundFixtures.account(accounts, "musvaagevej", Role.UNIT_REPORTER, RoundFixtures.MUSVAAGEVEJ);
        RoundFixtures.account(accounts, "nyropsgade", Role.UNIT_REPORTER, RoundFixtures.NYROPSGADE);
        RoundFixtures.account(accounts, "laeser", Role.READER);
        mvc.perform(put("/api/v1/accounts/musvaagevej/email").with(PLANNER).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"musvaagevej@kk.dk\"}"))
                .andExpect(status().isNoContent());
        accounts.setEmail("nyropsgade", "nyropsgade@kk.dk");
        mvc.perform(put("/api/v1/units/" + RoundFixtures.NYROPSGADE + "/contact").with(PLANNER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"postkasse-nyropsgade@kk.dk\"}"))
                .andExpect(status().isNoContent());
    }

    @Test
    void remindsEachUnitThatHasNotSubmittedOncePerRuleInDanish() throws Exception {
        Round round = rounds.open(planner, plan.id(), Period.year(2021), today.plusDays(3), List.of("i1", "i3"), List.of());
        String api = "/api/v1/plans/" + plan.id() + "/rounds/" + round.id() + "/reminders";
        mvc.perform(post(api).with(PLANNER).contentType(MediaType.APPLICATION_JSON).content("{\"timing\": \"before\", \"days\": 5}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.text").value("5 dage før fristen"))
                .andExpect(jsonPath("$.dueFrom").value(today.minusDays(2).toString()));
        mvc.perform(post(api).with(PLANNER).contentType(MediaType.APPLICATION_JSON).content("{\"timing\": \"after\", \"days\": 1}"))
                .andExpect(status().isCreated());

        assertThat(reminders.sendDue()).isEqualTo(2); // the rule before the deadline; the one after is not due
        assertThat(reminders.sendDue()).isZero();

        Map<String, List<MimeMessage>> byRecipient = byRecipient();
        assertThat(byRecipient.keySet())
                .containsExactlyInAnyOrder("musvaagevej@kk.dk", "nyropsgade@kk.dk", "postkasse-nyropsgade@kk.dk");
        assertThat(byRecipient.values()).allSatisfy(list -> assertThat(list).hasSize(1));
        MimeMessage mail = byRecipient.get("musvaagevej@kk.dk").get(0);
        assertThat(mail.getSubject()).isEqualTo("Påmindelse: statusrunde 2021 for " + plan.title() + " (frist "
                + DanishFormat.date(round.deadline()) + ")");
        assertThat(mail.getFrom()[0].toString()).contains("pejling@kk.dk");
        String body = GreenMailUtil.getBody(mail).replace("=\r\n", "");
        String text = mail.getContent().toString();
        assertThat(text)
                .startsWith("Kære JC Musvågevej")
                .contains("statusrunden for 2021 i planen »" + plan.title() + "«")
                .contains("Fristen er " + DanishFormat.longDate(round.deadline()) + " (om 3 dage).")
                .contains("- 1. ")
                .contains("(ikke påbegyndt)")
                .contains("Indberet her: https://pejling.kk.dk/rapportering");
        assertThat(body).isNotEmpty();
        assertThat(byRecipient.get("nyropsgade@kk.dk").get(0).getContent().toString()).startsWith("Kære JC Nyropsgade");

        mvc.perform(get(api).with(PLANNER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.timing == 'before')].sentToUnits[*]",
                        Matchers.containsInAnyOrder(RoundFixtures.MUSVAAGEVEJ, RoundFixtures.NYROPSGADE)));
    }

    @Test
    void remindsAfterTheDeadlineHasPassedOnlyThoseWhoStillOwe() throws Exception {
        Round round = rounds.open(planner, plan.id(), Period.year(2021), today.minusDays(2), List.of("i1", "i3"), List.of());
        Actor nyropsgade = new Actor("nyropsgade", Role.UNIT_REPORTER, java.util.Set.of(RoundFixtures.NYROPSGADE));
        reportingSubmit(nyropsgade, round, "i3");
        reminders.addRule(planner, plan.id(), round.id(), ReminderRule.Timing.AFTER, 1);

        assertThat(reminders.sendDue()).isEqualTo(1);
        Map<String, List<MimeMessage>> byRecipient = byRecipient();
        assertThat(byRecipient.keySet()).containsExactly("musvaagevej@kk.dk");
        MimeMessage mail = byRecipient.get("musvaagevej@kk.dk").get(0);
        assertThat(mail.getSubject()).startsWith("Fristen er overskredet: statusrunde 2021");
        assertThat(mail.getContent().toString()).contains("var " + DanishFormat.longDate(round.deadline())
                + ", og vi mangler stadig jeres indberetning");
    }

    @Test
    void manyThreadsInTwoInstancesSendEachReminderOnce() throws Exception {
        Round round = rounds.open(planner, plan.id(), Period.year(2021), today.plusDays(1), List.of("i1", "i3"), List.of());
        reminders.addRule(planner, plan.id(), round.id(), ReminderRule.Timing.BEFORE, 7);
        reminders.addRule(planner, plan.id(), round.id(), ReminderRule.Timing.BEFORE, 2);
        try (ConfigurableApplicationContext second = secondInstance()) {
            ReminderService other = second.getBean(ReminderService.class);
            int threads = 4;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(threads * 2);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < threads * 2; i++) {
                ReminderService instance = i % 2 == 0 ? reminders : other;
                Callable<Integer> job = () -> {
                    start.await();
                    return instance.sendDue();
                };
                runs.add(pool.submit(job));
            }
            start.countDown();
            int sent = 0;
            for (Future<Integer> run : runs) {
                sent += run.get();
            }
            pool.shutdown();
            assertThat(sent).isEqualTo(2 * 2); // two rules, two units
        }
        Map<String, List<MimeMessage>> byRecipient = byRecipient();
        assertThat(byRecipient.keySet())
                .containsExactlyInAnyOrder("musvaagevej@kk.dk", "nyropsgade@kk.dk", "postkasse-nyropsgade@kk.dk");
        assertThat(byRecipient.values()).allSatisfy(list -> assertThat(list).hasSize(2)); // one per rule
    }

    @Test
    void onlyPlannersSetRemindersAndAddresses() throws Exception {
        Round round = rounds.open(planner, plan.id(), Period.year(2021), today.plusDays(10), List.of("i1"), List.of());
        String api = "/api/v1/plans/" + plan.id() + "/rounds/" + round.id() + "/reminders";
        String rule = "{\"timing\": \"before\", \"days\": 3}";
        mvc.perform(post(api).with(MUSVAAGEVEJ).contentType(MediaType.APPLICATION_JSON).content(rule))
                .andExpect(status().isForbidden());
        mvc.perform(post(api).with(READER).contentType(MediaType.APPLICATION_JSON).content(rule))
                .andExpect(status().isForbidden());
        mvc.perform(get(api).with(MUSVAAGEVEJ)).andExpect(status().isForbidden());
        mvc.perform(get(api).with(READER)).andExpect(status().isOk());
        mvc.perform(put("/api/v1/units/x/contact").with(MUSVAAGEVEJ).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"a@b.dk\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/accounts/musvaagevej/email").with(READER).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"a@b.dk\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/accounts/musvaagevej/email").with(PLANNER).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"ikke en adresse\"}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(api).with(PLANNER).contentType(MediaType.APPLICATION_JSON).content("{\"timing\": \"before\", \"days\": -1}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Antal dage skal være et helt tal fra 0 til 365."));
        String id = mvc.perform(post(api).with(PLANNER).contentType(MediaType.APPLICATION_JSON).content(rule))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString().replaceAll(".*\"id\":(\\d+).*", "$1");
        mvc.perform(post(api).with(PLANNER).contentType(MediaType.APPLICATION_JSON).content(rule))
                .andExpect(status().isConflict());
        mvc.perform(delete(api + "/" + id).with(MUSVAAGEVEJ)).andExpect(status().isForbidden());

        // The round's page: planners see and set the rules there; the form posts are theirs alone.
        String page = "/plans/" + plan.id() + "/runder/" + round.id();
        mvc.perform(get(page).with(user("planlaegger").roles("PLANNER")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("3 dage før fristen")))
                .andExpect(content().string(Matchers.containsString("Tilføj påmindelse")))
                .andExpect(content().string(Matchers.containsString("skabelon.xlsx")));
        mvc.perform(post(page + "/paamindelser").param("timing", "after").param("days", "2")
                        .with(user("planlaegger").roles("PLANNER")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(reminders.rules(plan.id(), round.id())).extracting(v -> v.rule().text())
                .contains("2 dage efter fristen");
        mvc.perform(post(page + "/paamindelser").param("timing", "after").param("days", "3")
                        .with(user("musvaagevej").roles("UNIT_REPORTER")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(delete(api + "/" + id).with(PLANNER)).andExpect(status().isNoContent());
    }

    @Autowired
    dk.pejling.rounds.ReportingService reporting;

    private void reportingSubmit(Actor actor, Round round, String initiativeId) {
        reporting.submit(actor, round.id(), initiativeId);
    }

    /** A second Pejling on the same database, as a second server behind a load balancer would be. */
    private ConfigurableApplicationContext secondInstance() {
        List<String> args = new ArrayList<>();
        for (String key : List.of("spring.datasource.url", "spring.datasource.username", "spring.datasource.password",
                "spring.flyway.schemas", "spring.mail.host", "spring.mail.port", "pejling.base-url",
                "pejling.reminders.from")) {
            String value = environment.getProperty(key);
            if (value != null) {
                args.add("--" + key + "=" + value);
            }
        }
        args.add("--spring.flyway.enabled=false");
        args.add("--spring.profiles.active=test");
        args.add("--server.port=0");
        return new SpringApplicationBuilder(PejlingApplication.class).run(args.toArray(String[]::new));
    }

    /** The e-mails sent (GreenMail keeps a copy per recipient; one e-mail is one Message-ID), by each address in To. */
    private static Map<String, List<MimeMessage>> byRecipient() throws Exception {
        Map<String, MimeMessage> distinct = new java.util.LinkedHashMap<>();
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            distinct.putIfAbsent(m.getMessageID(), m);
        }
        Map<String, List<MimeMessage>> out = new java.util.TreeMap<>();
        for (MimeMessage m : distinct.values()) {
            for (var to : m.getRecipients(Message.RecipientType.TO)) {
                out.computeIfAbsent(to.toString(), u -> new ArrayList<>()).add(m);
            }
        }
        return out;
    }
}
