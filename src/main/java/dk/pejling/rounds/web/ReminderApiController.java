package dk.pejling.rounds.web;

import dk.pejling.access.AccountService;
import dk.pejling.rounds.InvalidInputException;
import dk.pejling.rounds.NotFoundException;
import dk.pejling.rounds.ReminderRule;
import dk.pejling.rounds.ReminderService;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reminders in the API: a round's reminder rules (list, add, remove) with what each has sent, and
 * where reminders go: a unit's own address and an account's e-mail address.
 */
@RestController
@RequestMapping("/api/v1")
class ReminderApiController {

    private final ReminderService reminders;
    private final AccountService accounts;
    private final Actors actors;

    ReminderApiController(ReminderService reminders, AccountService accounts, Actors actors) {
        this.reminders = reminders;
        this.accounts = accounts;
        this.actors = actors;
    }

    record RuleRequest(@Nullable String timing, @Nullable Integer days) {}

    record RuleJson(long id, String timing, int days, String text, LocalDate dueFrom, List<String> sentToUnits) {
        static RuleJson of(ReminderService.RuleView v) {
            return new RuleJson(v.rule().id(), v.rule().timing().code(), v.rule().days(), v.rule().text(), v.dueFrom(),
                    v.sentTo());
        }
    }

    record EmailRequest(@Nullable String email) {}

    @GetMapping("/plans/{planId}/rounds/{roundId}/reminders")
    List<RuleJson> rules(@PathVariable String planId, @PathVariable long roundId) {
        return reminders.rules(planId, roundId).stream().map(RuleJson::of).toList();
    }

    @PostMapping("/plans/{planId}/rounds/{roundId}/reminders")
    ResponseEntity<RuleJson> add(@PathVariable String planId, @PathVariable long roundId, @RequestBody RuleRequest body,
            Authentication auth) {
        ReminderRule rule = reminders.addRule(actors.of(auth), planId, roundId, timing(body.timing()), body.days());
        RuleJson json = reminders.rules(planId, roundId).stream()
                .filter(v -> v.rule().id() == rule.id())
                .map(RuleJson::of)
                .findFirst()
                .orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/plans/" + planId + "/rounds/" + roundId + "/reminders/" + rule.id()))
                .body(json);
    }

    @DeleteMapping("/plans/{planId}/rounds/{roundId}/reminders/{ruleId}")
    ResponseEntity<Void> remove(@PathVariable String planId, @PathVariable long roundId, @PathVariable long ruleId,
            Authentication auth) {
        reminders.removeRule(actors.of(auth), planId, roundId, ruleId);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/units/{unitId}/contact")
    ResponseEntity<Void> unitContact(@PathVariable String unitId, @RequestBody EmailRequest body, Authentication auth) {
        reminders.setUnitContact(actors.of(auth), unitId, body.email());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/accounts/{username}/email")
    ResponseEntity<Void> accountEmail(@PathVariable String username, @RequestBody EmailRequest body) {
        try {
            if (!accounts.setEmail(username, body.email())) {
                throw new NotFoundException("Der er ingen konto »" + username + "«.");
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
        return ResponseEntity.noContent().build();
    }

    static ReminderRule.@Nullable Timing timing(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return switch (code.strip().toLowerCase(Locale.ROOT)) {
            case "before", "før" -> ReminderRule.Timing.BEFORE;
            case "after", "efter" -> ReminderRule.Timing.AFTER;
            default -> throw new InvalidInputException("timing skal være »before« eller »after«, ikke »" + code + "«.");
        };
    }
}
