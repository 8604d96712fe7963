package dk.pejling.plan.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One field of an edit form as the page shows it: name, label, kind of input, choices and hint. */
public record FormField(String name, String label, String type, List<Option> options, @Nullable String hint, boolean required) {

    /** A choice of a select field. */
    public record Option(String value, String label) {}

    static FormField text(String name, String label, boolean required) {
        return new FormField(name, label, "text", List.of(), null, required);
    }

    static FormField textarea(String name, String label) {
        return new FormField(name, label, "textarea", List.of(), null, false);
    }

    static FormField number(String name, String label, boolean required) {
        return new FormField(name, label, "number", List.of(), null, required);
    }

    /** A date typed as text (23.11.2020): a date picker's segments are slow to fill with the keyboard. */
    static FormField date(String name, String label, boolean required) {
        return new FormField(name, label, "date", List.of(), null, required);
    }

    static FormField select(String name, String label, List<Option> options, boolean required) {
        return new FormField(name, label, "select", options, null, required);
    }

    FormField hint(String text) {
        return new FormField(name, label, type, options, text, required);
    }
}
