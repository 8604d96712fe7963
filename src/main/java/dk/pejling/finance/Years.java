package dk.pejling.finance;

import java.util.List;
import java.util.stream.IntStream;

/** A run of whole years, both ends included: {@code 2019–2022}. */
public record Years(int first, int last) {

    public Years {
        if (last < first) {
            throw new IllegalArgumentException("The last year " + last + " comes before the first " + first);
        }
    }

    public static Years of(int first, int last) {
        return new Years(first, last);
    }

    public List<Integer> list() {
        return IntStream.rangeClosed(first, last).boxed().toList();
    }

    public boolean contains(int year) {
        return year >= first && year <= last;
    }
}
