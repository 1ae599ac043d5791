package dev.stripeslice.generator.emit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The escaper for spec text in generated comments: every spec string that reaches a comment goes through one of
 * {@link #of} (prose), {@link #code} (a name or value shown as code) or {@link #line} ({@code //} comments). Spec
 * text is untrusted: it must not be able to end a comment ({@code *}{@code /}), smuggle a line break through a
 * unicode escape (javac decodes those before lexing, even in comments), start or end a Javadoc tag, or carry HTML
 * that doclint rejects. The result keeps Stripe's paragraphs, code spans and link targets readable.
 */
public final class JavadocText {
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]\\n]{1,500})\\]\\(([^)\\s]{1,2000})\\)");
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`\\n]{1,500})`");
    private static final Pattern PARAGRAPH_TAG = Pattern.compile("</?p>", Pattern.CASE_INSENSITIVE);
    private static final String STRIPE_DOCS = "https://docs.stripe.com";
    /** Text per Javadoc line; with the indentation of nested types, lines stay near 100 columns. */
    static final int LINE_WIDTH = 88;

    private JavadocText() {}

    /** Text for a Javadoc body; paragraphs separated by {@code <p>}. */
    public static String of(String specText) {
        return of(specText, 0);
    }

    /** Like {@link #of(String)}, for text that starts after {@code firstLineUsed} characters of its first line. */
    public static String of(String specText, int firstLineUsed) {
        String text = withoutControlCharacters(specText).strip();
        text = PARAGRAPH_TAG.matcher(text).replaceAll("\n\n");
        text = escapeHtml(text);
        text = linksToText(text);
        text = codeSpans(text);
        return paragraphs(inert(text), firstLineUsed);
    }

    /**
     * A spec name or value shown as code in a Javadoc sentence, tags included: {@code <code>value</code>}. Never
     * wrap spec text in an inline {@code {@code ...}} tag instead: a brace in the value would end it.
     */
    public static String code(String specText) {
        String text = withoutControlCharacters(specText).replace('\n', ' ');
        return "<code>" + inert(escapeHtml(text).replace("{", "&#123;").replace("}", "&#125;")) + "</code>";
    }

    /** Escapes what could end the comment, start a tag or begin a unicode escape. */
    private static String inert(String text) {
        return text.replace("@", "&#64;").replace("*/", "*&#47;").replace("\\", "&#92;");
    }

    /** Text for a single-line {@code //} comment: no line breaks, no unicode escapes. */
    public static String line(String specText) {
        return withoutControlCharacters(specText)
                .replace('\n', ' ')
                .replace("\\", "\\\\")
                .strip();
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String linksToText(String text) {
        Matcher matcher = MARKDOWN_LINK.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String target = matcher.group(2);
            if (target.startsWith("/")) {
                target = STRIPE_DOCS + target;
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + " (" + target + ")"));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String codeSpans(String text) {
        return CODE_SPAN
                .matcher(text)
                .replaceAll(match -> Matcher.quoteReplacement("<code>" + match.group(1) + "</code>"));
    }

    private static String paragraphs(String text, int firstLineUsed) {
        String[] blocks = text.split("\\n\\s*\\n");
        StringBuilder out = new StringBuilder();
        for (String block : blocks) {
            String trimmed = block.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append("\n<p>");
            }
            wrap(trimmed, out.length() == 0 ? firstLineUsed : "<p>".length(), out);
        }
        return out.toString();
    }

    /**
     * Appends one paragraph with its words re-flowed into lines of at most {@value #LINE_WIDTH} characters (a word
     * longer than that, such as a URL, gets a line of its own), so that generated Javadoc reads in an editor.
     */
    private static void wrap(String paragraph, int firstLineUsed, StringBuilder out) {
        int used = firstLineUsed;
        boolean lineStart = true;
        for (String word : paragraph.split("\\s+")) {
            if (!lineStart && used + 1 + word.length() > LINE_WIDTH) {
                out.append('\n');
                used = 0;
                lineStart = true;
            }
            if (!lineStart) {
                out.append(' ');
                used++;
            }
            out.append(word);
            used += word.length();
            lineStart = false;
        }
    }

    /** Drops control characters (keeping line breaks and tabs as spaces) and unpaired surrogates. */
    private static String withoutControlCharacters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    continue;
                }
                out.append('\n');
            } else if (c == '\n') {
                out.append('\n');
            } else if (c == '\t') {
                out.append(' ');
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (!Character.isISOControl(c) && !Character.isSurrogate(c) && c != '\u2028' && c != '\u2029') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
