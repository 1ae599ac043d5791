package dev.stripeslice.runtime.form;

/**
 * A parameter value that is sent as an empty string, which is how Stripe clears a field.
 * Use {@link FormWriter#EMPTY}.
 */
public final class EmptyValue {
    static final EmptyValue INSTANCE = new EmptyValue();

    private EmptyValue() {}

    @Override
    public String toString() {
        return "EmptyValue";
    }
}
