package dk.pejling.hostile;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Broken variants of a valid bundle text, each named by the kind of damage. */
final class Mutations {

    record Case(String kind, byte[] bytes) {}

    private static final String[] ODD = {
        "\u0000", "\uFEFF", "\u202E", "\uD83D\uDE00", "\uFFFF", "\u00A0", "'", "\"", "\\", "${x}", "*a", "&a", "!!binary",
        "!!java.lang.Runtime", "<script>", "=HYPERLINK(\"http://x\")", "%00", "\t", "\r", "\u2028", "{{titel}}", "#{x}",
        "__${7*7}__", "../../", "ÆØÅ"
    };
    private static final String[] VALUES = {
        "null", "true", "[]", "{}", "-1", "0", "1e999999", "99999999999999999999999999999999999999", "-0.0000000000001",
        "\"\"", "\"x\"", "NaN", "[[[[[[]]]]]]", "{\"a\":{\"b\":{}}}", "2019-13-45", "\"2019-Q5\"", "1.7976931348623157E309"
    };

    private final Random random;

    Mutations(Random random) {
        this.random = random;
    }

    Case next(String valid) {
        int kind = random.nextInt(9);
        return switch (kind) {
            case 0 -> new Case("truncated", bytes(valid.substring(0, random.nextInt(valid.length()))));
            case 1 -> new Case("bytes flipped", flip(valid.getBytes(StandardCharsets.UTF_8)));
            case 2 -> new Case("odd text", bytes(insert(valid, ODD[random.nextInt(ODD.length)])));
            case 3 -> new Case("value swapped", bytes(swapValue(valid)));
            case 4 -> new Case("huge number", bytes(valid.replaceFirst("\\b\\d{2,}\\b", "9".repeat(1 + random.nextInt(400)))));
            case 5 -> new Case("deep nesting", bytes(nest(valid)));
            case 6 -> new Case("random bytes", randomBytes());
            case 7 -> new Case("line removed", bytes(removeLine(valid)));
            default -> new Case("line doubled", bytes(doubleLine(valid)));
        };
    }

    private byte[] flip(byte[] b) {
        byte[] out = b.clone();
        int n = 1 + random.nextInt(8);
        for (int i = 0; i < n; i++) {
            out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        }
        return out;
    }

    private String insert(String s, String odd) {
        int at = random.nextInt(s.length());
        return s.substring(0, at) + odd + s.substring(at);
    }

    /** A value after a key replaced by another of any type. */
    private String swapValue(String s) {
        for (int tries = 0; tries < 20; tries++) {
            int at = random.nextInt(s.length());
            int colon = s.indexOf(": ", at);
            if (colon < 0) {
                colon = s.indexOf(":", at);
            }
            if (colon < 0) {
                continue;
            }
            int end = colon + 1;
            while (end < s.length() && s.charAt(end) != ',' && s.charAt(end) != '\n' && s.charAt(end) != '}') {
                end++;
            }
            return s.substring(0, colon + 1) + " " + VALUES[random.nextInt(VALUES.length)] + s.substring(end);
        }
        return s + "\n" + VALUES[random.nextInt(VALUES.length)];
    }

    private String nest(String s) {
        int depth = 100 + random.nextInt(5000);
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        String deep = open.repeat(depth) + "1" + close.repeat(depth);
        return swapValueWith(s, deep);
    }

    private String swapValueWith(String s, String value) {
        int at = s.indexOf("title");
        if (at < 0) {
            return value;
        }
        int colon = s.indexOf(':', at);
        int end = colon + 1;
        while (end < s.length() && s.charAt(end) != ',' && s.charAt(end) != '\n') {
            end++;
        }
        return s.substring(0, colon + 1) + " " + value + s.substring(end);
    }

    private byte[] randomBytes() {
        byte[] out = new byte[random.nextInt(4096)];
        random.nextBytes(out);
        return out;
    }

    private String removeLine(String s) {
        String[] lines = s.split("\n", -1);
        int drop = random.nextInt(lines.length);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i != drop) {
                out.append(lines[i]).append('\n');
            }
        }
        return out.toString();
    }

    private String doubleLine(String s) {
        String[] lines = s.split("\n", -1);
        int twice = random.nextInt(lines.length);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            out.append(lines[i]).append('\n');
            if (i == twice) {
                out.append(lines[i]).append('\n');
            }
        }
        return out.toString();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
