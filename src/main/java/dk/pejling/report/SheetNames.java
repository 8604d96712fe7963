package dk.pejling.report;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names for a workbook's sheets that every spreadsheet accepts: at most 31 characters, none of
 * {@code [ ] : * ? / \}, no apostrophe first or last, not empty, not Excel's reserved
 * {@code History}, and unique regardless of case ({@code Status} and {@code STATUS} clash in Excel).
 */
final class SheetNames {

    static final int MOST = 31;
    private final Set<String> used = new HashSet<>();

    /** A valid name close to the wanted one, numbered {@code (2)}, {@code (3)} … where it is taken. */
    String unique(String wanted) {
        String base = valid(wanted);
        String name = base;
        for (int n = 2; taken(name); n++) {
            String suffix = " (" + n + ")";
            name = cut(base, MOST - suffix.length()).stripTrailing() + suffix;
        }
        used.add(key(name));
        return name;
    }

    private boolean taken(String name) {
        return used.contains(key(name)) || key(name).equals("history");
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    static String valid(String wanted) {
        String name = XmlText.clean(wanted)
                .replaceAll("[\\[\\]:*?/\\\\]", " ")
                .replaceAll("[\\p{Cc}\\s]+", " ")
                .strip();
        while (name.startsWith("'")) {
            name = name.substring(1).strip();
        }
        name = cut(name, MOST).strip();
        while (name.endsWith("'")) {
            name = name.substring(0, name.length() - 1).strip();
        }
        return name.isEmpty() ? "Tabel" : name;
    }

    /** At most {@code length} UTF-16 units without cutting a character in two. */
    private static String cut(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        int end = Character.isLowSurrogate(text.charAt(length)) ? length - 1 : length;
        return text.substring(0, end);
    }
}
