package dev.stripeslice.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.stripeslice.generator.model.ApiModel;
import dev.stripeslice.generator.model.ClientType;
import javax.lang.model.element.Modifier;

/** {@code StripeClient}: the entry point that pins the API version and hands out one client per resource. */
final class FacadeEmitter {
    static final String NAME = "StripeClient";

    private final TypeNames names;
    private final ClientEmitter clients;

    FacadeEmitter(TypeNames names, ClientEmitter clients) {
        this.names = names;
        this.clients = clients;
    }

    JavaFile emit(ApiModel model) {
        ClassName self = names.topLevel(NAME);
        TypeSpec.Builder spec = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(
                        "The generated Stripe client for this section of Stripe's API, pinned to API version $L.\n"
                                + "Thread-safe; create one per application and share it.\n",
                        JavadocText.code(model.apiVersion()))
                .addField(
                        FieldSpec.builder(String.class, "API_VERSION", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                                .addJavadoc(
                                        "The Stripe API version this client was generated for; sent as {@code Stripe-Version}.\n")
                                .initializer("$L", Literals.string(model.apiVersion()))
                                .build());
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addJavadoc(
                        "A client on an existing transport (which must send {@link #API_VERSION}).\n\n@param transport the connection to Stripe\n")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(RuntimeTypes.STRIPE_TRANSPORT, "transport");
        addPages(spec, constructor);
        for (ClientType client : model.clients()) {
            ClassName type = clients.interfaceName(client);
            spec.addField(type, client.accessorName(), Modifier.PRIVATE, Modifier.FINAL);
            constructor.addStatement(
                    "this.$L = new $T(transport)", client.accessorName(), clients.implementationName(client));
            spec.addMethod(MethodSpec.methodBuilder(client.accessorName())
                    .addJavadoc("$L.\n\n@return the client\n", ClientEmitter.description(client))
                    .addModifiers(Modifier.PUBLIC)
                    .returns(type)
                    .addStatement("return $L", client.accessorName())
                    .build());
        }
        spec.addMethod(MethodSpec.constructorBuilder()
                .addJavadoc("A client with its own transport.\n\n@param config API key, base URL, timeouts, retries\n")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(RuntimeTypes.CLIENT_CONFIG, "config")
                .addStatement("this(new $T(config, API_VERSION))", RuntimeTypes.STRIPE_TRANSPORT)
                .build());
        spec.addMethod(constructor.build());
        spec.addMethod(MethodSpec.methodBuilder("create")
                .addJavadoc(
                        "A client for {@code https://api.stripe.com} with default options.\n\n@param apiKey a secret or restricted key\n@return the client\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(String.class, "apiKey")
                .addStatement("return new $T($T.builder().apiKey(apiKey).build())", self, RuntimeTypes.CLIENT_CONFIG)
                .build());
        return Headers.file(names.basePackage(), spec.build(), JavaEmitter.specLabel(model), "/info/version");
    }

    /** {@code pages()}: continues any list from the page in hand, such as one embedded in an object. */
    private static void addPages(TypeSpec.Builder spec, MethodSpec.Builder constructor) {
        spec.addField(RuntimeTypes.PAGES_CONTINUATION, "pages", Modifier.PRIVATE, Modifier.FINAL);
        constructor.addStatement("this.pages = new $T(transport)", RuntimeTypes.PAGES_CONTINUATION);
        spec.addMethod(MethodSpec.methodBuilder("pages")
                .addJavadoc("Continues a list from the page in hand, such as a list embedded in an object:\n"
                        + "{@code pages().autoPaging(invoice.lines(), Item.class)} gives its items, then those of the\n"
                        + "pages after it, fetched from the list's own {@code url} through this client.\n\n"
                        + "@return the list continuation of this client\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(RuntimeTypes.PAGES_CONTINUATION)
                .addStatement("return pages")
                .build());
    }
}
