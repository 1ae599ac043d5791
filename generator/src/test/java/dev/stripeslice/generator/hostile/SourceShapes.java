package dev.stripeslice.generator.hostile;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreeScanner;
import dev.stripeslice.generator.emit.GeneratedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * The shape of generated sources as javac parses them: every declaration and statement by its kind and modifiers,
 * with identifiers and literal values left out, so that two generations that differ only in names and spec text have
 * equal shapes. Members and files are sorted by their own shape, so that names that sort differently do not matter.
 * Spec text that escaped its comment or literal would add members, blocks or statements and change the shape.
 */
final class SourceShapes {
    private SourceShapes() {}

    /** One shape per file, sorted. */
    static List<String> of(List<GeneratedFile> files) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<SimpleJavaFileObject> sources = new ArrayList<>();
        for (GeneratedFile file : files) {
            sources.add(
                    new SimpleJavaFileObject(
                            URI.create("string:///" + file.relativePath()), SimpleJavaFileObject.Kind.SOURCE) {
                        @Override
                        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                            return file.content();
                        }
                    });
        }
        JavacTask task =
                (JavacTask) compiler.getTask(null, null, null, List.of("--release", "17", "-proc:none"), null, sources);
        List<String> shapes = new ArrayList<>();
        try {
            for (CompilationUnitTree unit : task.parse()) {
                shapes.add(unit.getTypeDecls().stream()
                        .map(SourceShapes::shape)
                        .sorted()
                        .collect(Collectors.joining(";")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        shapes.sort(null);
        return shapes;
    }

    private static String shape(Tree tree) {
        if (tree instanceof ClassTree type) {
            String members =
                    type.getMembers().stream().map(SourceShapes::shape).sorted().collect(Collectors.joining(","));
            return type.getKind() + modifiers(type.getModifiers().getFlags()) + "{" + members + "}";
        }
        if (tree instanceof MethodTree method) {
            return "METHOD" + modifiers(method.getModifiers().getFlags()) + "("
                    + method.getParameters().size() + ")" + (method.getBody() == null ? "" : body(method.getBody()));
        }
        if (tree instanceof VariableTree variable) {
            return "FIELD" + modifiers(variable.getModifiers().getFlags())
                    + (variable.getInitializer() == null ? "" : body(variable.getInitializer()));
        }
        return tree.getKind() + body(tree);
    }

    private static String modifiers(java.util.Set<javax.lang.model.element.Modifier> flags) {
        return flags.stream()
                .map(flag -> flag.toString().toLowerCase(Locale.ROOT))
                .sorted()
                .collect(Collectors.joining(" ", "[", "]"));
    }

    /** Every node kind inside a body, in order; names and literal values are not part of it. */
    private static String body(Tree tree) {
        StringBuilder out = new StringBuilder("<");
        new TreeScanner<Void, Void>() {
            @Override
            public Void scan(Tree node, Void unused) {
                if (node != null) {
                    out.append(node.getKind().name().charAt(0))
                            .append(node.getKind().ordinal())
                            .append(' ');
                }
                return super.scan(node, unused);
            }
        }.scan(tree, null);
        return out.append('>').toString();
    }
}
