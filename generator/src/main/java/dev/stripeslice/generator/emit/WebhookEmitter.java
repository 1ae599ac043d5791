package dev.stripeslice.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.stripeslice.generator.model.ApiModel;
import dev.stripeslice.generator.model.WebhookModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * {@code Webhooks}: the entry point for webhook endpoints. It maps each {@code object} value of the section's
 * resources to its record, so that an event's {@code data.object} decodes into that record, and hands out runtime
 * {@code Webhook}s that verify signatures and expect the client's API version.
 */
final class WebhookEmitter {
    static final String NAME = "Webhooks";
    private static final String WEBHOOK_PACKAGE = "dev.stripeslice.runtime.webhook";
    private static final ClassName WEBHOOK = ClassName.get(WEBHOOK_PACKAGE, "Webhook");
    private static final ClassName WEBHOOK_VERIFIER = ClassName.get(WEBHOOK_PACKAGE, "WebhookVerifier");
    private static final ClassName EVENT = ClassName.get(WEBHOOK_PACKAGE, "Event");
    private static final ClassName EVENT_OBJECT_TYPES = ClassName.get(WEBHOOK_PACKAGE, "EventObjectTypes");

    private final TypeNames names;

    WebhookEmitter(TypeNames names) {
        this.names = names;
    }

    JavaFile emit(ApiModel model) {
        WebhookModel webhooks = model.webhooks();
        ClassName facade = names.topLevel(FacadeEmitter.NAME);
        CodeBlock.Builder objectTypes = CodeBlock.builder().add("$T.builder()$>", EVENT_OBJECT_TYPES);
        List<String> typed = new ArrayList<>();
        for (WebhookModel.EventObject object : webhooks.objects()) {
            ClassName record = names.of(object.type());
            objectTypes.add("\n.add($L, $T.class)", Literals.string(object.objectValue()), record);
            typed.add(JavadocText.code(object.objectValue()) + " as {@link " + record.canonicalName() + "}");
        }
        objectTypes.add("\n.build()$<");

        TypeSpec.Builder spec = TypeSpec.classBuilder(names.topLevel(NAME))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("Webhook events for this client: {@link #endpoint(String)} verifies each request's "
                        + "{@code Stripe-Signature} and decodes its event.\n\n")
                .addJavadoc(
                        "<p>An event's {@code data.object} is decoded by its {@code object} field: $L; any other "
                                + "value as {@link $T.Unknown}, which keeps the JSON whole.\n",
                        typed.isEmpty() ? "(no resource of this client has one)" : String.join(", ", typed),
                        EVENT);
        if (webhooks.eventType() != null) {
            spec.addJavadoc(
                    "{@link $T#fromWireValue(String)} reads an event's {@code type}.\n",
                    names.of(webhooks.eventType()));
        }
        spec.addField(FieldSpec.builder(
                                EVENT_OBJECT_TYPES, "OBJECT_TYPES", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc(
                                "The records an event's {@code data.object} decodes into, by its {@code object} value.\n")
                        .initializer(objectTypes.build())
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build())
                .addMethod(MethodSpec.methodBuilder("endpoint")
                        .addJavadoc(
                                "The endpoint with this signing secret, a tolerance of five minutes and the system clock.\n\n"
                                        + "@param endpointSecret the endpoint's signing secret, {@code whsec_...}\n@return the endpoint\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(WEBHOOK)
                        .addParameter(String.class, "endpointSecret")
                        .addStatement("return endpoint($T.of(endpointSecret))", WEBHOOK_VERIFIER)
                        .build())
                .addMethod(MethodSpec.methodBuilder("endpoint")
                        .addJavadoc(
                                "The endpoint with a verifier of your own (another tolerance, a clock for tests).\n\n"
                                        + "@param verifier the endpoint's secret, tolerance and clock\n@return the endpoint\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(WEBHOOK)
                        .addParameter(WEBHOOK_VERIFIER, "verifier")
                        .addStatement("return new $T(verifier, OBJECT_TYPES, $T.API_VERSION)", WEBHOOK, facade)
                        .build());
        return Headers.file(names.basePackage(), spec.build(), JavaEmitter.specLabel(model), "/info/version");
    }
}
