package io.linecare.platform;

import java.util.regex.Pattern;

/**
 * The one shape of every case reference a customer quotes: {@code <PREFIX>-<year>-<counter>}, the
 * counter from one database sequence per kind of case, zero-padded to six digits (it grows to seven
 * rather than wrapping, so references never repeat across years). FR- tickets, BD- disputes, CS-
 * cancellations and CG- complaint groups each hold one of these.
 */
public final class CaseReferenceFormat {

    private final String prefix;
    private final Pattern pattern;

    /** @param prefix two capital letters, e.g. "FR" */
    public CaseReferenceFormat(String prefix) {
        if (!prefix.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("A case reference prefix is two capital letters, not '" + prefix + "'");
        }
        this.prefix = prefix;
        this.pattern = Pattern.compile(prefix + "-[0-9]{4}-[0-9]{6,}");
    }

    public String of(int year, long counter) {
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year must have four digits: " + year);
        }
        if (counter < 1) {
            throw new IllegalArgumentException("counter must be positive: " + counter);
        }
        return String.format("%s-%04d-%06d", prefix, year, counter);
    }

    public boolean isValid(String reference) {
        return reference != null && pattern.matcher(reference).matches();
    }

    public Pattern pattern() {
        return pattern;
    }
}
