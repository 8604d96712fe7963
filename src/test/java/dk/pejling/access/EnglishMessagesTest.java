package dk.pejling.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * English is chosen from every page; a Danish text without its English one would show Danish in the
 * middle of an English page. Every key of messages.properties must be in messages_en.properties.
 */
class EnglishMessagesTest {

    @Test
    void everyDanishTextHasAnEnglishOne() throws IOException {
        Set<String> missing = new TreeSet<>(read("messages.properties").stringPropertyNames());
        missing.removeAll(read("messages_en.properties").stringPropertyNames());
        assertThat(missing).as("keys in messages.properties without English in messages_en.properties").isEmpty();
    }

    @Test
    void theEnglishTextsTakeTheSameArgumentsAsTheDanish() throws IOException {
        Properties danish = read("messages.properties");
        Properties english = read("messages_en.properties");
        Set<String> differing = new TreeSet<>();
        for (String key : danish.stringPropertyNames()) {
            if (english.containsKey(key) && !arguments(danish.getProperty(key)).equals(arguments(english.getProperty(key)))) {
                differing.add(key);
            }
        }
        assertThat(differing).as("keys whose {0}, {1} … differ between Danish and English").isEmpty();
    }

    @Test
    void aTextWithArgumentsWritesItsApostrophesTwice() throws IOException {
        // MessageFormat reads a lone ' in a text with {0} as the start of a quote: "the plan's {0}"
        // would show as "the plans {0}". Written '' it shows as one apostrophe.
        Set<String> lone = new TreeSet<>();
        for (String name : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties texts = read(name);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (!arguments(text).isEmpty() && text.replace("''", "").contains("'")) {
                    lone.add(name + ": " + key);
                }
            }
        }
        assertThat(lone).as("texts with arguments and a lone apostrophe").isEmpty();
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        var matcher = java.util.regex.Pattern.compile("\\{\\d+}").matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static Properties read(String name) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
