package dev.stripeslice.generator.state;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The generator's identity for fingerprints: its Maven version plus a hash of its own code (the plugin jar, or the
 * class files when run from a build directory). The hash makes a rebuilt {@code -SNAPSHOT} plugin with changed
 * emitters regenerate even though its version string is the same. Computed once per class loader; immutable.
 */
public final class GeneratorVersion {
    private static final String POM_PROPERTIES =
            "/META-INF/maven/dev.stripeslice/stripe-slice-maven-plugin/pom.properties";

    private GeneratorVersion() {}

    /** {@code version + "+" + code hash}, e.g. {@code 0.1.0-SNAPSHOT+3f2a...}. */
    public static String identity() {
        return Holder.IDENTITY;
    }

    /** The plugin's Maven version, or {@code "development"} when not run from the packaged plugin. */
    public static String version() {
        return Holder.VERSION;
    }

    private static final class Holder {
        static final String VERSION = readVersion();
        static final String IDENTITY = VERSION + "+" + codeHash();
    }

    private static String readVersion() {
        try (InputStream in = GeneratorVersion.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in == null) {
                return "development";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "development");
        } catch (IOException e) {
            return "development";
        }
    }

    private static String codeHash() {
        try {
            CodeSource source = GeneratorVersion.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return "unknown";
            }
            Path location = Path.of(source.getLocation().toURI());
            MessageDigest digest = Hashing.sha256();
            if (Files.isRegularFile(location)) {
                // The zip directory's names, sizes and CRCs identify the classes without inflating or hashing
                // every byte (a cold SHA-256 of the whole jar costs a couple of hundred milliseconds).
                // No streams or lambdas here: their first use costs tens of milliseconds in a cold JVM.
                try (ZipFile jar = new ZipFile(location.toFile())) {
                    List<String> lines = new ArrayList<>();
                    for (Enumeration<? extends ZipEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                        ZipEntry entry = entries.nextElement();
                        lines.add(new StringBuilder(entry.getName())
                                .append(' ')
                                .append(entry.getSize())
                                .append(' ')
                                .append(entry.getCrc())
                                .append('\n')
                                .toString());
                    }
                    Collections.sort(lines);
                    for (String line : lines) {
                        digest.update(line.getBytes(StandardCharsets.UTF_8));
                    }
                }
            } else if (Files.isDirectory(location)) {
                Path root = location.resolve("dev/stripeslice/generator");
                List<Path> classes;
                try (Stream<Path> walk = Files.walk(root)) {
                    classes = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path file : classes) {
                    digest.update(
                            root.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                    Hashing.update(digest, file);
                }
            } else {
                return "unknown";
            }
            return Hashing.hex(digest.digest()).substring(0, 16);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // Without a code hash the version string alone decides; a changed snapshot then needs a clean build.
            return "unknown";
        }
    }
}
