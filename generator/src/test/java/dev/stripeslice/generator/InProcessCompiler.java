package dev.stripeslice.generator;

import com.sun.source.util.JavacTask;
import dev.stripeslice.generator.emit.GeneratedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.jspecify.annotations.Nullable;

/** Compiles generated sources in this JVM (javax.tools) against the test classpath, with -Xlint:all. */
public final class InProcessCompiler {
    private InProcessCompiler() {}

    /** The compiler's errors and warnings, one formatted line each; empty when the sources compile cleanly. */
    public static List<String> compile(List<GeneratedFile> files, Path classesDirectory) {
        return run(files, classesDirectory);
    }

    /**
     * Like {@link #compile} up to flow analysis (every error and -Xlint warning), without generating class files:
     * for checks over thousands of files that need no classes.
     */
    public static List<String> check(List<GeneratedFile> files) {
        return run(files, null);
    }

    private static List<String> run(List<GeneratedFile> files, @Nullable Path classesDirectory) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<JavaFileObject> sources = new ArrayList<>();
        for (GeneratedFile file : files) {
            sources.add(new Source(file));
        }
        try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options = List.of(
                    "--release",
                    "17",
                    "-Xlint:all",
                    "-Xlint:-processing",
                    "-proc:none",
                    "-classpath",
                    System.getProperty("java.class.path"));
            if (classesDirectory == null) {
                ((JavacTask) compiler.getTask(null, fileManager, diagnostics, options, null, sources)).analyze();
            } else {
                Files.createDirectories(classesDirectory);
                fileManager.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classesDirectory.toFile()));
                compiler.getTask(null, fileManager, diagnostics, options, null, sources)
                        .call();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> messages = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getKind() == Diagnostic.Kind.NOTE) {
                continue;
            }
            String source = diagnostic.getSource() == null
                    ? ""
                    : diagnostic.getSource().getName() + ":" + diagnostic.getLineNumber() + ": ";
            messages.add(diagnostic.getKind() + " " + source + diagnostic.getMessage(Locale.ROOT));
        }
        return messages;
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String content;

        Source(GeneratedFile file) {
            super(URI.create("string:///" + file.relativePath()), Kind.SOURCE);
            this.content = file.content();
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return content;
        }
    }
}
