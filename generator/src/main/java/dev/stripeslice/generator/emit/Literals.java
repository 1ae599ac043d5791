package dev.stripeslice.generator.emit;

/**
 * Java string literals for spec text (wire values, property names, paths, the API version). JavaPoet's {@code $S}
 * escapes quotes, backslashes and control characters, but leaves U+2028 and U+2029 raw, and its line splitting
 * ({@code \R}) turns those into real line breaks inside the literal; unpaired surrogates would turn into {@code ?}
 * when the file is written as UTF-8. Those get {@code \}{@code uXXXX} escapes here, which javac decodes to exactly
 * that character. Never for {@code "}, {@code \} or line breaks: those get their ordinary escapes, because a
 * unicode escape is decoded before lexing and would end the literal.
 */
final class Literals {
    private Literals() {}

    /** The literal, quotes included, for use with {@code $L}. */
    static String string(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    boolean pairedSurrogate = Character.isHighSurrogate(c)
                            && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1));
                    if (pairedSurrogate) {
                        out.append(c).append(value.charAt(++i));
                    } else if (Character.isISOControl(c)
                            || Character.isSurrogate(c)
                            || c == '\u2028'
                            || c == '\u2029') {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
