package dev.stripeslice.generator;

import java.util.List;

/**
 * The input cannot be generated from (the spec, or in {@code SS050} the configuration); carries every problem found,
 * not just the first.
 */
public final class SpecException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public SpecException(List<Problem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public SpecException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        StringBuilder text = new StringBuilder();
        text.append(problems.size() == 1 ? "1 problem" : problems.size() + " problems")
                .append(':');
        for (Problem problem : problems) {
            text.append(System.lineSeparator()).append("  ").append(problem.format());
        }
        return text.toString();
    }
}
