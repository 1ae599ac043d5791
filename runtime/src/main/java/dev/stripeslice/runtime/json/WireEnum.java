package dev.stripeslice.runtime.json;

/**
 * A generated enum whose constants map to Stripe wire values, with one {@code UNKNOWN} constant
 * that stands for values this client does not know yet.
 */
public interface WireEnum {
    /**
     * The value sent on the wire.
     *
     * @throws IllegalStateException for the unknown fallback, which has no wire value
     */
    String wireValue();

    /** Whether this is the fallback for a value this client does not know. */
    boolean isUnknown();
}
