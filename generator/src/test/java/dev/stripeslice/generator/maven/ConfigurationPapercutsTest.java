package dev.stripeslice.generator.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stripeslice.generator.GenerationRequest;
import dev.stripeslice.generator.Generator;
import dev.stripeslice.generator.SpecException;
import dev.stripeslice.generator.TestFiles;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** What a POM can get wrong, and what the plugin then says. */
class ConfigurationPapercutsTest {
    @Test
    void aCommaSeparatedSectionsValueIsSplitAndTrimmed() throws Exception {
        assertThat(SectionsParameter.resourceIds(List.of("customer, checkout.session")))
                .containsExactly("customer", "checkout.session");
        assertThat(SectionsParameter.resourceIds(List.of(" customer", "checkout.session ", "customer", "")))
                .containsExactly("customer", "checkout.session");
    }

    @Test
    void sectionsAreRequired() {
        for (List<String> missing : Arrays.asList(null, List.<String>of(), List.of(" ", ","))) {
            assertThatThrownBy(() -> SectionsParameter.resourceIds(missing))
                    .isInstanceOf(MojoFailureException.class)
                    .hasMessageContaining("no sections to generate")
                    .hasMessageContaining("<sections><section>customer</section>")
                    .hasMessageContaining("-Dstripe-slice.sections=");
        }
    }

    @Test
    void aJavaKeywordInTheBasePackageIsAConfigurationError() {
        GenerationRequest request = new GenerationRequest(
                TestFiles.projectSpec(),
                "customer-session.openapi.json",
                List.of("customer_session"),
                "com.example.class",
                Path.of("unused"),
                false);

        assertThatThrownBy(() -> new Generator().generateSources(request))
                .isInstanceOfSatisfying(SpecException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(problem -> {
                        assertThat(problem.code()).isEqualTo("SS050");
                        assertThat(problem.format())
                                .isEqualTo("<basePackage>: [SS050] \"com.example.class\" is not a"
                                        + " valid lower-case Java package name: \"class\" is a Java keyword. Set basePackage"
                                        + " (stripe-slice.basePackage) in the plugin's configuration to something like"
                                        + " com.example.stripe");
                    });
                    assertThat(e.getMessage()).doesNotContain("spec");
                });
    }

    @Test
    void specPathsInMessagesAreRelativeInsideTheProjectAndAbsoluteOutsideIt() {
        Path project = Path.of("/home/jo/shop").toAbsolutePath();

        assertThat(GenerateMojo.displayName(project, project.resolve("src/main/stripe/spec3.json")))
                .isEqualTo("src/main/stripe/spec3.json");
        assertThat(GenerateMojo.displayName(project, project.resolve("../../shared/stripe/spec3.json")))
                .isEqualTo(Path.of("/home/shared/stripe/spec3.json")
                        .toAbsolutePath()
                        .toString()
                        .replace(java.io.File.separatorChar, '/'))
                .doesNotContain("..");
    }
}
