package dk.pejling.system;

import java.time.Clock;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * The clock every service reads time from, so that tests can fix it; and the pages' texts in the
 * request's language (messages.properties, messages_en.properties) for what controllers tell on a page.
 */
@Configuration
class SystemConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    /** Texts in the language of the request being answered (Spring's LocaleContextHolder, set from the LanguageResolver). */
    @Bean
    MessageSourceAccessor pageTexts(MessageSource messages) {
        return new MessageSourceAccessor(messages);
    }
}
