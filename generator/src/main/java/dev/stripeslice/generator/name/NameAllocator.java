package dev.stripeslice.generator.name;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names taken in one scope: the package, the body of one type, or the members of one record or builder.
 *
 * <p>Names are handed out in rounds: every claim offers its candidates from the most natural to the most
 * qualified, and a candidate goes to a claim only when it is free and no other claim of the same round wants it
 * at the same step. When several want it, all of them move on to a more qualified candidate, so no claim gets a
 * name merely by being met first. Only a claim that has run out of candidates gets a number, which Stripe's specs
 * never need (the every-section tests check that).
 */
public final class NameAllocator {
    private final boolean ignoreCase;
    private final Set<String> taken = new HashSet<>();

    /**
     * @param ignoreCase compare names ignoring case: type names become class files, and {@code FooBar.class} and
     *     {@code Foobar.class} are one file on macOS and Windows
     * @param reserved names nothing in this scope may take
     */
    public NameAllocator(boolean ignoreCase, Collection<String> reserved) {
        this.ignoreCase = ignoreCase;
        reserved.forEach(name -> taken.add(key(name)));
    }

    /**
     * One thing to name.
     *
     * @param owner what is being named
     * @param candidates names to try, most natural first; never empty
     * @param twinPrefixes prefixes of names that come with the name and must be free too ({@code Http} for a
     *     client's implementation)
     */
    public record Claim<T>(T owner, List<String> candidates, List<String> twinPrefixes) {
        public Claim {
            candidates = List.copyOf(candidates);
            twinPrefixes = List.copyOf(twinPrefixes);
            if (candidates.isEmpty()) {
                throw new IllegalArgumentException("no candidate name for " + owner);
            }
        }

        public Claim(T owner, List<String> candidates) {
            this(owner, candidates, List.of());
        }
    }

    public boolean isFree(String name) {
        return !taken.contains(key(name));
    }

    /** Takes a name outright (one the generator fixes, or one named elsewhere that this scope must avoid). */
    public void take(String name) {
        taken.add(key(name));
    }

    /** Names every claim; the map iterates in the claims' order. */
    public <T> Map<T, String> allocate(List<Claim<T>> claims) {
        int[] step = new int[claims.size()];
        String[] names = new String[claims.size()];
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            pending.add(i);
        }
        while (!pending.isEmpty()) {
            Map<String, List<Integer>> wanted = new LinkedHashMap<>();
            for (int i : pending) {
                Claim<T> claim = claims.get(i);
                if (step[i] < claim.candidates().size()) {
                    wanted.computeIfAbsent(key(claim.candidates().get(step[i])), name -> new ArrayList<>())
                            .add(i);
                } else {
                    names[i] = numbered(claim);
                }
            }
            pending.clear();
            for (List<Integer> rivals : wanted.values()) {
                List<Integer> withoutAlternative = rivals.stream()
                        .filter(i -> step[i] + 1 >= claims.get(i).candidates().size())
                        .toList();
                // One rival that has nothing else to try keeps the name; the others can still move on.
                Integer winner = rivals.size() == 1
                        ? rivals.get(0)
                        : withoutAlternative.size() == 1 ? withoutAlternative.get(0) : null;
                for (int i : rivals) {
                    Claim<T> claim = claims.get(i);
                    String candidate = claim.candidates().get(step[i]);
                    if (winner != null && winner == i && isFree(candidate, claim)) {
                        names[i] = candidate;
                        takeWithTwins(candidate, claim);
                    } else {
                        step[i]++;
                        pending.add(i);
                    }
                }
            }
            pending.removeIf(i -> names[i] != null);
            pending.sort(null);
        }
        Map<T, String> result = new LinkedHashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            result.put(claims.get(i).owner(), names[i]);
        }
        return result;
    }

    /** Names one claim alone. */
    public String allocate(Claim<?> claim) {
        return allocate(List.of(claim)).values().iterator().next();
    }

    /** The last resort: the most qualified candidate with a number. */
    private String numbered(Claim<?> claim) {
        String base = claim.candidates().get(claim.candidates().size() - 1);
        for (int n = 2; ; n++) {
            String name = base + n;
            if (isFree(name, claim)) {
                takeWithTwins(name, claim);
                return name;
            }
        }
    }

    private boolean isFree(String name, Claim<?> claim) {
        if (!isFree(name)) {
            return false;
        }
        for (String prefix : claim.twinPrefixes()) {
            if (!isFree(prefix + name)) {
                return false;
            }
        }
        return true;
    }

    private void takeWithTwins(String name, Claim<?> claim) {
        take(name);
        claim.twinPrefixes().forEach(prefix -> take(prefix + name));
    }

    private String key(String name) {
        return ignoreCase ? name.toLowerCase(Locale.ROOT) : name;
    }
}
