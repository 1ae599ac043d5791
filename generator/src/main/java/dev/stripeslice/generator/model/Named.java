package dev.stripeslice.generator.model;

import org.jspecify.annotations.Nullable;

/** A Java name that the name stage sets exactly once and that nothing reads before. */
final class Named {
    private final String what;
    private @Nullable String value;

    Named(String what) {
        this.what = what;
    }

    String get(String pointer) {
        if (value == null) {
            throw new IllegalStateException("The " + what + " at " + pointer + " is not named yet");
        }
        return value;
    }

    void set(String name, String pointer) {
        if (value != null) {
            throw new IllegalStateException("The " + what + " at " + pointer + " is named already: " + value);
        }
        value = name;
    }

    boolean isSet() {
        return value != null;
    }
}
