package dk.pejling.bundle;

import java.util.regex.Pattern;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * Decides which YAML text values need quotes. Jackson's default leaves {@code 1.1} or {@code 2019}
 * bare, which would read back as numbers; here any text that starts like a number is quoted,
 * except the periods and dates the bundle writes bare ({@code 2009-Q3}, {@code 2008-02},
 * {@code 2014-12-31}), which Jackson reads as text.
 */
final class BundleQuoting extends StringQuotingChecker.Default {

    private static final Pattern PERIOD_OR_DATE = Pattern.compile("\\d{4}-(Q[1-4]|\\d{2}|\\d{2}-\\d{2})");

    @Override
    public boolean needToQuoteValue(String value) {
        if (value.isEmpty() || super.needToQuoteValue(value) || value.equals("~")) {
            return true;
        }
        char first = value.charAt(0);
        boolean numberLike = Character.isDigit(first) || first == '+' || first == '-' || first == '.';
        return numberLike && !PERIOD_OR_DATE.matcher(value).matches();
    }
}
