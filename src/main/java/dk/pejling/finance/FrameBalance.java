package dk.pejling.finance;

import java.math.BigDecimal;

/** A year's money against the frame set for it: what is left, or (negative) how much over. */
public record FrameBalance(int year, BigDecimal frame, BigDecimal total) {

    public BigDecimal left() {
        return Amounts.normal(frame.subtract(total));
    }

    public boolean isOver() {
        return total.compareTo(frame) > 0;
    }
}
