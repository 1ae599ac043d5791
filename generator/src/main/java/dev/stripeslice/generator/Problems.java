package dev.stripeslice.generator;

import java.util.ArrayList;
import java.util.List;

/** Collects problems for one spec file so that all of them are reported together. */
public final class Problems {
    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    public Problems(String file) {
        this.file = file;
    }

    public void add(String code, String pointer, String message, String hint) {
        problems.add(new Problem(code, file, pointer, message, hint));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Throws if anything was collected. */
    public void throwIfAny() throws SpecException {
        if (!problems.isEmpty()) {
            throw new SpecException(problems);
        }
    }
}
