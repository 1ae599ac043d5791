package dev.stripeslice.generator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stripeslice.generator.emit.GeneratedFile;
import dev.stripeslice.generator.emit.JavaEmitter;
import dev.stripeslice.generator.model.ApiModel;
import dev.stripeslice.generator.model.ModelBuilder;
import dev.stripeslice.generator.model.ObjectType;
import dev.stripeslice.generator.name.Namer;
import dev.stripeslice.generator.select.Section;
import dev.stripeslice.generator.select.SectionExtractor;
import dev.stripeslice.generator.select.SectionSelector;
import dev.stripeslice.generator.spec.LoadedSpec;
import dev.stripeslice.generator.spec.SpecLoader;
import java.util.List;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/** The pipeline in memory: load, select, model, emit. {@link IncrementalGenerator} writes the result to disk. */
public final class Generator {
    private static final Pattern PACKAGE_NAME = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*");

    private final SpecLoader loader = new SpecLoader();

    /** Load, select, model and emit, in memory. */
    public List<GeneratedFile> generateSources(GenerationRequest request) throws SpecException {
        return emit(request, model(request));
    }

    /**
     * Select, model and emit from a spec that is already loaded (the request's spec file is not read), so that
     * several generations from one multi-megabyte spec parse it once.
     */
    public List<GeneratedFile> generateSources(GenerationRequest request, LoadedSpec spec) throws SpecException {
        return emit(request, model(request, spec));
    }

    public ApiModel model(GenerationRequest request) throws SpecException {
        checkPackage(request);
        return model(request, loader.load(request.specFile(), request.specDisplayName()));
    }

    /**
     * The selected section as a standalone OpenAPI document ({@link SectionExtractor}); generating from it gives
     * the same files as generating from the whole spec.
     */
    public ObjectNode extract(GenerationRequest request, LoadedSpec spec) throws SpecException {
        return SectionExtractor.extract(
                new SectionSelector(request.allowUnresolvedRefs()).select(spec, request.resourceIds()));
    }

    /** Loads the request's spec and extracts the selected section. */
    public ObjectNode extract(GenerationRequest request) throws SpecException {
        return extract(request, loader.load(request.specFile(), request.specDisplayName()));
    }

    /** Select, model and name from an already-loaded spec. */
    public ApiModel model(GenerationRequest request, LoadedSpec spec) throws SpecException {
        checkPackage(request);
        Section section = new SectionSelector(request.allowUnresolvedRefs()).select(spec, request.resourceIds());
        ApiModel model = ModelBuilder.build(section);
        Namer.name(model);
        return model;
    }

    private static void checkPackage(GenerationRequest request) throws SpecException {
        String basePackage = request.basePackage();
        String keyword = null;
        for (String segment : basePackage.split("\\.")) {
            if (keyword == null && SourceVersion.isKeyword(segment, SourceVersion.RELEASE_17)) {
                keyword = segment;
            }
        }
        if (!PACKAGE_NAME.matcher(basePackage).matches() || keyword != null) {
            // A mistake in the plugin's configuration, not in the spec: the problem names the parameter.
            throw new SpecException(new Problem(
                    "SS050",
                    "<basePackage>",
                    "",
                    "\"" + basePackage + "\" is not a valid lower-case Java package name"
                            + (keyword == null ? "" : ": \"" + keyword + "\" is a Java keyword"),
                    "Set basePackage (stripe-slice.basePackage) in the plugin's configuration to something like"
                            + " com.example.stripe"));
        }
    }

    private static List<GeneratedFile> emit(GenerationRequest request, ApiModel model) {
        return new JavaEmitter(request.basePackage()).emit(model);
    }

    static int countTypes(ApiModel model) {
        int count = model.enums().size();
        for (ObjectType type : model.types()) {
            count += countTypes(type);
        }
        return count;
    }

    private static int countTypes(ObjectType type) {
        int count = 1;
        for (ObjectType nested : type.nested()) {
            count += countTypes(nested);
        }
        return count;
    }
}
