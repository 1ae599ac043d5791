package dev.stripeslice.generator.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stripeslice.generator.emit.GeneratedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Checks on generated sources that compiling alone does not make: spec text can appear only inside comments and
 * string literals, javac never sees a unicode escape, and no two files differ only by case.
 */
final class GeneratedSourceChecks {
    /** Every hostile payload in the corpus carries this marker; it must never reach code. */
    static final String MARKER = "xPWNEDx";

    private GeneratedSourceChecks() {}

    static void assertSafe(List<GeneratedFile> files) {
        Map<String, String> lowerCased = new HashMap<>();
        for (GeneratedFile file : files) {
            String previous = lowerCased.put(file.relativePath().toLowerCase(Locale.ROOT), file.relativePath());
            assertThat(previous).as("two generated files differ only by case").isNull();
            String source = file.content();
            assertThat(unicodeEscapeAt(source))
                    .as("unicode escape javac would decode in %s", file.relativePath())
                    .isEqualTo(-1);
            assertThat(codeOnly(source))
                    .as("spec text outside comments and strings in %s", file.relativePath())
                    .doesNotContain(MARKER);
        }
    }

    /** Class files: none differ only by case (case-insensitive file systems), none longer than file systems allow. */
    static void assertClassFilesPortable(Path classesDirectory) {
        try (Stream<Path> paths = Files.walk(classesDirectory)) {
            Map<String, Path> seen = new HashMap<>();
            paths.filter(Files::isRegularFile).forEach(path -> {
                String name = path.getFileName().toString();
                assertThat(name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                        .as("class file name length of %s", name)
                        .isLessThanOrEqualTo(255);
                Path other = seen.put(path.toString().toLowerCase(Locale.ROOT), path);
                assertThat(other)
                        .as("class files %s and %s differ only by case", other, path)
                        .isNull();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Index of the first backslash-u that javac would decode (an even number of backslashes before it) into
     * something that can change how the source lexes, or -1. JavaPoet writes control characters in string literals
     * (and U+2028, U+2029, lone surrogates) as such escapes; those decode to characters that cannot end a literal or comment.
     */
    static int unicodeEscapeAt(String source) {
        int backslashes = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                if (backslashes % 2 == 0
                        && i + 1 < source.length()
                        && source.charAt(i + 1) == 'u'
                        && !harmlessEscape(source, i)) {
                    return i;
                }
                backslashes++;
            } else {
                backslashes = 0;
            }
        }
        return -1;
    }

    private static boolean harmlessEscape(String source, int at) {
        if (at + 6 > source.length()) {
            return false;
        }
        int value;
        try {
            value = Integer.parseInt(source.substring(at + 2, at + 6), 16);
        } catch (NumberFormatException e) {
            return false;
        }
        return Character.isISOControl(value) && value != '\n' && value != '\r'
                || value == 0x2028
                || value == 0x2029
                || Character.isSurrogate((char) value);
    }

    /** The source with comments, string literals, text blocks and char literals removed. */
    static String codeOnly(String source) {
        StringBuilder code = new StringBuilder();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                code.append(' ');
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                i = end < 0 ? n : end + 3;
                code.append("\"\"");
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
                code.append(c).append(c);
            } else {
                code.append(c);
                i++;
            }
        }
        return code.toString();
    }

    static List<String> lines(List<String> diagnostics, int limit) {
        return new ArrayList<>(diagnostics.subList(0, Math.min(limit, diagnostics.size())));
    }
}
