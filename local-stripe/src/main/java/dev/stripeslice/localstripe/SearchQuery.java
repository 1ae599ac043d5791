package dev.stripeslice.localstripe;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The subset of Stripe's search query language LocalStripe understands: clauses joined by {@code AND} or by
 * {@code OR} (not both), each {@code field:value} (equals; text ignores case), {@code field~value} (contains),
 * {@code field>value}, {@code >=}, {@code <}, {@code <=} (numbers), optionally negated with a leading {@code -}.
 * A field is a property name, dotted for nested ones ({@code address.city}), or {@code metadata['key']}. Values
 * are quoted ({@code 'x'} or {@code "x"}), numbers, or {@code null}. Anything else is Stripe's 400.
 */
final class SearchQuery {
    private enum Op {
        EQUALS,
        CONTAINS,
        GREATER,
        GREATER_OR_EQUAL,
        LESS,
        LESS_OR_EQUAL
    }

    private record Clause(
            boolean negated,
            List<String> field,
            Op op,
            @Nullable String value,
            boolean quoted) {}

    private final List<Clause> clauses;
    private final boolean any;

    private SearchQuery(List<Clause> clauses, boolean any) {
        this.clauses = clauses;
        this.any = any;
    }

    static SearchQuery parse(String query) {
        return new Parser(query).parse();
    }

    boolean matches(JsonNode object) {
        for (Clause clause : clauses) {
            boolean match = matches(clause, object) != clause.negated();
            if (any && match) {
                return true;
            }
            if (!any && !match) {
                return false;
            }
        }
        return !any;
    }

    private static boolean matches(Clause clause, JsonNode object) {
        JsonNode value = object;
        for (String segment : clause.field()) {
            value = value.path(segment);
        }
        if (value.isObject() && value.has("id")) {
            value = value.get("id"); // an expanded object matches by its id
        }
        if (clause.value() == null) {
            return value.isNull() || value.isMissingNode();
        }
        if (value.isNull() || value.isMissingNode() || value.isContainerNode()) {
            return false;
        }
        String actual = value.asText();
        switch (clause.op()) {
            case EQUALS:
                return actual.equalsIgnoreCase(clause.value());
            case CONTAINS:
                return actual.toLowerCase(Locale.ROOT).contains(clause.value().toLowerCase(Locale.ROOT));
            default:
                BigDecimal left = number(actual);
                BigDecimal right = number(clause.value());
                if (left == null || right == null) {
                    return false;
                }
                int order = left.compareTo(right);
                switch (clause.op()) {
                    case GREATER:
                        return order > 0;
                    case GREATER_OR_EQUAL:
                        return order >= 0;
                    case LESS:
                        return order < 0;
                    default:
                        return order <= 0;
                }
        }
    }

    private static @Nullable BigDecimal number(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static final class Parser {
        private final String query;
        private int at;

        Parser(String query) {
            this.query = query;
        }

        SearchQuery parse() {
            List<Clause> clauses = new ArrayList<>();
            String joiner = null;
            clauses.add(clause());
            while (skipSpaces() < query.length()) {
                String word = word();
                if (!word.equals("AND") && !word.equals("OR")) {
                    throw error("expected AND or OR at position " + at);
                }
                if (joiner != null && !joiner.equals(word)) {
                    throw error("AND and OR cannot be combined in one query");
                }
                joiner = word;
                clauses.add(clause());
            }
            return new SearchQuery(List.copyOf(clauses), "OR".equals(joiner));
        }

        private Clause clause() {
            skipSpaces();
            boolean negated = peek() == '-';
            if (negated) {
                at++;
            }
            List<String> field = field();
            Op op = op();
            skipSpaces();
            if (peek() == '\'' || peek() == '"') {
                return new Clause(negated, field, op, quoted(), true);
            }
            String bare = word();
            if (bare.equals("null")) {
                return new Clause(negated, field, op, null, false);
            }
            if (number(bare) == null) {
                throw error(
                        "the value " + (bare.isEmpty() ? "" : "'" + bare + "' ") + "must be quoted, a number or null");
            }
            return new Clause(negated, field, op, bare, false);
        }

        private List<String> field() {
            int start = at;
            while (at < query.length() && (Character.isLetterOrDigit(peek()) || peek() == '_' || peek() == '.')) {
                at++;
            }
            String name = query.substring(start, at);
            if (name.isEmpty()) {
                throw error("expected a field name at position " + start);
            }
            List<String> path = new ArrayList<>(List.of(name.split("\\.")));
            if (peek() == '[') {
                at++;
                if (peek() != '\'' && peek() != '"') {
                    throw error("a key in brackets must be quoted: " + name + "['key']");
                }
                path.add(quoted());
                if (peek() != ']') {
                    throw error("expected ] at position " + at);
                }
                at++;
            }
            return path;
        }

        private Op op() {
            char first = peek();
            at++;
            switch (first) {
                case ':':
                    return Op.EQUALS;
                case '~':
                    return Op.CONTAINS;
                case '>':
                    return consume('=') ? Op.GREATER_OR_EQUAL : Op.GREATER;
                case '<':
                    return consume('=') ? Op.LESS_OR_EQUAL : Op.LESS;
                default:
                    throw error("expected :, ~, >, >=, < or <= at position " + (at - 1));
            }
        }

        private String quoted() {
            char quote = peek();
            int end = query.indexOf(quote, at + 1);
            if (end < 0) {
                throw error("unterminated quoted value at position " + at);
            }
            String value = query.substring(at + 1, end);
            at = end + 1;
            return value;
        }

        private String word() {
            skipSpaces();
            int start = at;
            while (at < query.length() && !Character.isWhitespace(peek())) {
                at++;
            }
            return query.substring(start, at);
        }

        private boolean consume(char c) {
            if (peek() == c) {
                at++;
                return true;
            }
            return false;
        }

        private int skipSpaces() {
            while (at < query.length() && Character.isWhitespace(peek())) {
                at++;
            }
            return at;
        }

        private char peek() {
            return at < query.length() ? query.charAt(at) : '\0';
        }

        private ApiError error(String why) {
            return ApiError.invalidRequest(
                    "parameter_invalid_string", "query", "Invalid search query '" + query + "': " + why + ".");
        }
    }
}
