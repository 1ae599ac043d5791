package dev.stripeslice.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's plugin and LocalStripe sections show what generator/src/it/user-project (a user's project, run by
 * the invoker) really uses, so a reader who copies them gets a build that works.
 */
class ReadmeSnippetsTest {
    private static final Path ROOT = TestFiles.repositoryRoot();
    private static final Path USER_PROJECT = ROOT.resolve("generator/src/it/user-project");

    @Test
    void thePluginSectionIsTheUserProjectsPom() throws IOException {
        String rootPom = read(ROOT.resolve("pom.xml"));
        String pom = read(USER_PROJECT.resolve("pom.xml"))
                .replace(
                        "@project.version@",
                        value(rootPom, "<artifactId>stripe-slice-parent</artifactId>\\s*<version>([^<]+)</version>"))
                .replace("@junit.version@", value(rootPom, "<junit.version>([^<]+)</junit.version>"));
        String section = section("## Using the plugin in your own project");

        assertThat(section).contains("./mvnw install -DskipTests");
        List<String> blocks = codeBlocks(section, "xml").stream()
                .filter(block -> block.contains("<dependencies>") || block.contains("<plugin>"))
                .toList();
        assertThat(blocks).hasSize(2);
        for (String block : blocks) {
            assertThat(normalized(pom))
                    .as("README block in user-project's pom.xml")
                    .contains(normalized(block));
        }
    }

    @Test
    void theTestingSnippetsAreTheUserProjectsTests() throws IOException {
        Path tests = USER_PROJECT.resolve("src/test/java/com/example/shop");
        String sources = read(tests.resolve("CheckoutTest.java")) + read(tests.resolve("PaymentIntentTest.java"));

        List<String> blocks = codeBlocks(section("## Testing your code with LocalStripe"), "java");
        assertThat(blocks).hasSize(2);
        for (String block : blocks) {
            assertThat(normalized(sources))
                    .as("README snippet in user-project's tests")
                    .contains(normalized(block));
        }
    }

    private static String section(String heading) throws IOException {
        String readme = read(ROOT.resolve("README.md"));
        int start = readme.indexOf(heading + "\n");
        assertThat(start).as(heading).isNotNegative();
        int end = readme.indexOf("\n## ", start + heading.length());
        return end < 0 ? readme.substring(start) : readme.substring(start, end);
    }

    private static List<String> codeBlocks(String markdown, String language) {
        List<String> blocks = new ArrayList<>();
        Matcher matcher =
                Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL).matcher(markdown);
        while (matcher.find()) {
            blocks.add(matcher.group(1));
        }
        return blocks;
    }

    private static String value(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as(regex).isTrue();
        return matcher.group(1);
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
