package dev.stripeslice.customersession;

import java.util.ArrayList;
import java.util.List;

/** A unified diff of two texts, line by line (longest common subsequence), with 3 lines of context. */
final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private UnifiedDiff() {}

    static String of(String name, String expected, String actual) {
        List<String> a = List.of(expected.split("\n", -1));
        List<String> b = List.of(actual.split("\n", -1));
        List<String> edits = edits(a, b);
        StringBuilder out = new StringBuilder("--- golden/" + name + "\n+++ generated/" + name + "\n");
        int i = 0;
        while (i < edits.size()) {
            if (edits.get(i).charAt(0) == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            int quiet = 0;
            while (end < edits.size() && quiet <= 2 * CONTEXT) {
                quiet = edits.get(end).charAt(0) == ' ' ? quiet + 1 : 0;
                end++;
            }
            end = Math.min(edits.size(), end - Math.max(0, quiet - CONTEXT));
            out.append("@@\n");
            for (int k = start; k < end; k++) {
                out.append(edits.get(k)).append('\n');
            }
            i = end;
        }
        return out.toString();
    }

    private static List<String> edits(List<String> a, List<String> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                edits.add(" " + a.get(i++));
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                edits.add("+" + b.get(j++));
            } else {
                edits.add("-" + a.get(i++));
            }
        }
        return edits;
    }
}
