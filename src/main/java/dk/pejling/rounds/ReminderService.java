package dk.pejling.rounds;

import dk.pejling.access.AccountService;
import dk.pejling.plan.Initiative;
import dk.pejling.plan.Plan;
import dk.pejling.plan.PlanService;
import dk.pejling.plan.Unit;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders of status rounds: the planner sets a round's rules (days before the deadline, days
 * after it), and {@link #sendDue()} e-mails each unit that still owes a report, once per rule. The
 * claim of a (rule, unit) is a row with a unique key inserted in the transaction that sends the
 * e-mail: a second instance of Pejling skips it, and a failed e-mail rolls the claim back so the
 * next run tries again.
 */
@Service
public class ReminderService {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderService.class);
    private static final int MAX_DAYS = 365;

    private final ReminderRepository reminders;
    private final RoundRepository rounds;
    private final PlanService plans;
    private final AccountService accounts;
    private final ObjectProvider<JavaMailSender> mail;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String from;
    private final String baseUrl;
    private final boolean smtpConfigured;

    ReminderService(ReminderRepository reminders, RoundRepository rounds, PlanService plans, AccountService accounts,
            ObjectProvider<JavaMailSender> mail, PlatformTransactionManager transactionManager, Clock clock,
            @Value("${pejling.reminders.from:pejling@localhost}") String from,
            @Value("${pejling.base-url:http://localhost:8080}") String baseUrl,
            @Value("${spring.mail.host:}") String smtpHost) {
        this.reminders = reminders;
        this.rounds = rounds;
        this.plans = plans;
        this.accounts = accounts;
        this.mail = mail;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.from = from;
        this.smtpConfigured = !smtpHost.isBlank();
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** A rule with the day it first goes out, and the reminders it has sent. */
    public record RuleView(ReminderRule rule, LocalDate dueFrom, List<String> sentTo) {}

    @Transactional(readOnly = true)
    public List<RuleView> rules(String planId, long roundId) {
        Round round = round(planId, roundId);
        List<ReminderRepository.Sent> sent = reminders.sent(roundId);
        return reminders.rules(roundId).stream()
                .map(r -> new RuleView(r, r.dueFrom(round.deadline()), sent.stream()
                        .filter(s -> s.ruleId() == r.id())
                        .map(ReminderRepository.Sent::unitId)
                        .toList()))
                .toList();
    }

    @Transactional
    public ReminderRule addRule(Actor actor, String planId, long roundId, ReminderRule.@Nullable Timing timing,
            @Nullable Integer days) {
        RoundService.requirePlanner(actor, "Kun en planlægger kan sætte påmindelser for en statusrunde.");
        Round round = round(planId, roundId);
        if (!round.isOpen()) {
            throw new RoundRuleException("Runden er lukket; der sendes ikke flere påmindelser.");
        }
        if (timing == null) {
            throw new InvalidInputException("Vælg, om påmindelsen skal sendes før eller efter fristen.");
        }
        int min = timing == ReminderRule.Timing.BEFORE ? 0 : 1;
        if (days == null || days < min || days > MAX_DAYS) {
            throw new InvalidInputException("Antal dage skal være et helt tal fra " + min + " til " + MAX_DAYS + ".");
        }
        if (reminders.exists(roundId, timing, days)) {
            throw new RoundRuleException("Runden har allerede en påmindelse " + days + (days == 1 ? " dag " : " dage ")
                    + (timing == ReminderRule.Timing.BEFORE ? "før" : "efter") + " fristen.");
        }
        long id = reminders.insertRule(roundId, timing, days, actor.username(), OffsetDateTime.now(clock));
        return reminders.rule(id).orElseThrow();
    }

    @Transactional
    public void removeRule(Actor actor, String planId, long roundId, long ruleId) {
        RoundService.requirePlanner(actor, "Kun en planlægger kan fjerne påmindelser.");
        round(planId, roundId);
        if (!reminders.deleteRule(roundId, ruleId)) {
            throw new NotFoundException("Runden har ingen påmindelse med id " + ruleId + ".");
        }
    }

    /** Sets (or, with a blank address, removes) a unit's own address for reminders, besides its reporters'. */
    @Transactional
    public void setUnitContact(Actor actor, String unitId, @Nullable String email) {
        RoundService.requirePlanner(actor, "Kun en planlægger kan sætte en enheds e-mailadresse.");
        if (email == null || email.isBlank()) {
            reminders.removeContact(unitId);
            return;
        }
        String address = email.strip();
        if (!address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidInputException("»" + address + "« er ikke en e-mailadresse.");
        }
        reminders.setContact(unitId, address);
    }

    /**
     * Sends the reminders that are due today in open rounds, each (rule, unit) once; answers how many
     * e-mails this call sent. Units with no address are skipped (and logged) without a claim, so an
     * address added later still gets the reminder.
     */
    public int sendDue() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        List<Round> open = transactions.execute(s -> rounds.openRounds());
        for (Round round : open == null ? List.<Round>of() : open) {
            List<ReminderRule> due = transactions.execute(s -> reminders.rules(round.id())).stream()
                    .filter(r -> r.isDue(round.deadline(), today))
                    .toList();
            if (due.isEmpty()) {
                continue;
            }
            JavaMailSender sender = smtpConfigured ? mail.getIfAvailable() : null;
            if (sender == null) {
                LOG.warn("Reminders of round {} are due, but no SMTP server is configured (PEJLING_SMTP_HOST)", round.id());
                continue;
            }
            Optional<Plan> plan = plans.find(round.planId());
            if (plan.isEmpty()) {
                continue;
            }
            Map<String, List<ReminderMail.Owed>> owedByUnit = owedByUnit(round, plan.get());
            for (ReminderRule rule : due) {
                for (Map.Entry<String, List<ReminderMail.Owed>> unit : owedByUnit.entrySet()) {
                    if (sendOne(sender, round, plan.get(), rule, unit.getKey(), unit.getValue(), today)) {
                        sent++;
                    }
                }
            }
        }
        return sent;
    }

    private boolean sendOne(JavaMailSender sender, Round round, Plan plan, ReminderRule rule, String unitId,
            List<ReminderMail.Owed> owed, LocalDate today) {
        Set<String> to = new LinkedHashSet<>(accounts.reporterEmails(unitId));
        reminders.contact(unitId).ifPresent(to::add);
        if (to.isEmpty()) {
            LOG.warn("No e-mail address for unit {}: its reminder ({}) of round {} is not sent", unitId, rule.text(), round.id());
            return false;
        }
        String unitName = plan.units().stream().filter(u -> u.id().equals(unitId)).map(Unit::name).findFirst().orElse(unitId);
        ReminderMail text = ReminderMail.of(round, plan.title(), unitName, owed, today, baseUrl + "/rapportering");
        try {
            Boolean done = transactions.execute(s -> {
                if (!reminders.claim(rule.id(), round.id(), unitId, String.join(", ", to), OffsetDateTime.now(clock))) {
                    return false;
                }
                send(sender, to, text);
                return true;
            });
            return Boolean.TRUE.equals(done);
        } catch (MailException e) {
            LOG.warn("Reminder to unit {} of round {} failed and will be tried again: {}", unitId, round.id(), e.getMessage());
            return false;
        } catch (DataAccessException e) {
            // Another instance holds or took the claim (a database may answer a race with an error rather
            // than a skip); nothing was sent here, since the claim comes before the e-mail.
            LOG.debug("Reminder to unit {} of round {} claimed elsewhere: {}", unitId, round.id(), e.getMessage());
            return false;
        }
    }

    private void send(JavaMailSender sender, Set<String> to, ReminderMail text) {
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(new InternetAddress(from, "Pejling", StandardCharsets.UTF_8.name()));
            helper.setTo(to.toArray(String[]::new));
            helper.setSubject(text.subject());
            helper.setText(text.body(), false);
        } catch (jakarta.mail.MessagingException | java.io.UnsupportedEncodingException e) {
            throw new org.springframework.mail.MailPreparationException("Reminder could not be written", e);
        }
        sender.send(message);
    }

    /** The units that still owe a report in the round, each with the initiatives it owes. */
    private Map<String, List<ReminderMail.Owed>> owedByUnit(Round round, Plan plan) {
        Map<String, List<ReminderMail.Owed>> out = new LinkedHashMap<>();
        List<Submission> submissions = transactions.execute(s -> rounds.submissions(round.id()));
        for (Submission s : submissions == null ? List.<Submission>of() : submissions) {
            if (!s.state().awaitsUnit()) {
                continue;
            }
            Optional<Initiative> initiative = plan.initiative(s.initiativeId());
            if (initiative.isEmpty()) {
                continue;
            }
            for (String unit : initiative.get().units()) {
                out.computeIfAbsent(unit, u -> new ArrayList<>()).add(new ReminderMail.Owed(initiative.get(), s.state()));
            }
        }
        return out;
    }

    private Round round(String planId, long roundId) {
        return rounds.round(roundId).filter(r -> r.planId().equals(planId)).orElseThrow(() -> RoundService.notFound(roundId));
    }
}
