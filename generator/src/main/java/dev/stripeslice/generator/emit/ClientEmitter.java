package dev.stripeslice.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.stripeslice.generator.model.ClientType;
import dev.stripeslice.generator.model.ObjectType;
import dev.stripeslice.generator.model.Operation;
import dev.stripeslice.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.lang.model.element.Modifier;

/**
 * Per resource: a client interface (sync and async, with and without per-request options) and its
 * implementation on the runtime's {@code StripeTransport}.
 */
final class ClientEmitter {
    private final TypeNames names;
    private final String specName;

    private final JsonReadersEmitter readers;

    ClientEmitter(TypeNames names, String specName, JsonReadersEmitter readers) {
        this.readers = readers;
        this.names = names;
        this.specName = specName;
    }

    ClassName interfaceName(ClientType client) {
        return names.topLevel(client.simpleName());
    }

    ClassName implementationName(ClientType client) {
        return names.topLevel(client.implementationName());
    }

    JavaFile emitInterface(ClientType client) {
        TypeSpec.Builder spec = TypeSpec.interfaceBuilder(interfaceName(client))
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("$L.\n", description(client));
        for (Operation operation : client.operations()) {
            for (Operation.Variant variant : operation.variants()) {
                spec.addMethod(signature(operation, variant, true)
                        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                        .build());
                if (variant == Operation.Variant.WITH_RESPONSE) {
                    continue; // one form is enough: it is the escape hatch
                }
                spec.addMethod(convenience(operation, variant, false));
                if (operation.params() != null && !operation.paramsRequired()) {
                    spec.addMethod(convenience(operation, variant, true));
                }
            }
        }
        for (ClientType child : client.children()) {
            spec.addMethod(MethodSpec.methodBuilder(child.accessorName())
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .returns(interfaceName(child))
                    .addJavadoc("$L.\n\n@return the client\n", description(child))
                    .build());
        }
        return Headers.file(names.basePackage(), spec.build(), specName, "");
    }

    /**
     * What a client holds, for its Javadoc and its accessor's: {@code Operations on Stripe's {@code customer}
     * resource}, {@code Stripe's {@code checkout} resources}, {@code Operations under a {@code customer}'s
     * {@code tax_ids}}.
     */
    static String description(ClientType client) {
        if (client.place() instanceof ClientType.Place.Nested nested) {
            return "Operations under a " + JavadocText.code(nested.parentResourceId()) + "'s "
                    + JavadocText.code(nested.segment());
        }
        if (client.place() instanceof ClientType.Place.Namespace namespace) {
            return "The clients of Stripe's " + JavadocText.code(namespace.namespace()) + " resources";
        }
        return "Operations on Stripe's " + JavadocText.code(client.resourceId()) + " resource";
    }

    JavaFile emitImplementation(ClientType client) {
        ClassName self = implementationName(client);
        TypeSpec.Builder spec = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(interfaceName(client))
                .addJavadoc("{@link $T} over HTTP. Thread-safe; share one instance.\n", interfaceName(client));
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addJavadoc("@param transport the connection to Stripe\n")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(RuntimeTypes.STRIPE_TRANSPORT, "transport");
        if (!client.operations().isEmpty()) {
            spec.addField(
                    FieldSpec.builder(RuntimeTypes.STRIPE_TRANSPORT, "transport", Modifier.PRIVATE, Modifier.FINAL)
                            .build());
            constructor.addStatement("this.transport = $T.requireNonNull(transport, $S)", Objects.class, "transport");
        }
        for (ClientType child : client.children()) {
            spec.addField(interfaceName(child), child.accessorName(), Modifier.PRIVATE, Modifier.FINAL);
            constructor.addStatement("this.$N = new $T(transport)", child.accessorName(), implementationName(child));
        }
        spec.addMethod(constructor.build());
        for (Operation operation : client.operations()) {
            for (Operation.Variant variant : operation.variants()) {
                MethodSpec.Builder method = signature(operation, variant, true)
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC);
                String params = operation.params() == null ? "null" : "params";
                if (variant == Operation.Variant.AUTO_PAGING) {
                    TypeRef.Page page = (TypeRef.Page) operation.response();
                    method.addStatement(
                            "return $T.$L($L, page -> this.transport.execute($L, options, $L))",
                            RuntimeTypes.AUTO_PAGING_ITERABLE,
                            page.kind() == TypeRef.PageKind.LIST ? "list" : "search",
                            params,
                            request(operation, "page"),
                            responseReader(operation));
                } else {
                    String execute = switch (variant) {
                        case ASYNC -> "executeAsync";
                        case WITH_RESPONSE -> "executeWithResponse";
                        default -> "execute";
                    };
                    method.addStatement(
                            "return this.transport.$L($L, options, $L)",
                            execute,
                            request(operation, params),
                            responseReader(operation));
                }
                spec.addMethod(method.build());
            }
        }
        for (ClientType child : client.children()) {
            spec.addMethod(MethodSpec.methodBuilder(child.accessorName())
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(interfaceName(child))
                    .addStatement("return $N", child.accessorName())
                    .build());
        }
        return Headers.file(names.basePackage(), spec.build(), specName, "");
    }

    private TypeName returnType(Operation operation, Operation.Variant variant) {
        TypeName response = responseType(operation);
        return switch (variant) {
            case ASYNC -> ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), response);
            case WITH_RESPONSE -> ParameterizedTypeName.get(RuntimeTypes.STRIPE_RESPONSE, response);
            case AUTO_PAGING ->
                ParameterizedTypeName.get(
                        RuntimeTypes.AUTO_PAGING_ITERABLE,
                        names.of(((TypeRef.Page) operation.response()).item(), ObjectType.Kind.RESPONSE));
            default -> response;
        };
    }

    private static String variantNote(Operation.Variant variant) {
        return switch (variant) {
            case ASYNC -> ", without blocking";
            case WITH_RESPONSE -> ", with the HTTP status, Request-Id and response headers";
            case AUTO_PAGING -> ": every item, fetching further pages lazily as they are reached";
            default -> "";
        };
    }

    private MethodSpec.Builder signature(Operation operation, Operation.Variant variant, boolean withParams) {
        boolean async = variant == Operation.Variant.ASYNC;
        MethodSpec.Builder method = MethodSpec.methodBuilder(operation.javaName() + variant.suffix())
                .returns(returnType(operation, variant));
        String summary = JavadocText.of(operation.summary().isEmpty() ? operation.description() : operation.summary());
        method.addJavadoc(
                "$L$L\n",
                summary.isEmpty() ? JavadocText.code(operation.httpMethod() + " " + operation.path()) : summary,
                variantNote(variant));
        method.addJavadoc("\n<p>$L\n\n", JavadocText.code(operation.httpMethod() + " " + operation.path()));
        for (Operation.PathParam param : operation.pathParams()) {
            method.addParameter(String.class, param.javaName());
            String doc = JavadocText.of(param.description());
            method.addJavadoc(
                    "@param $L $L\n",
                    param.javaName(),
                    doc.isEmpty() ? "the " + JavadocText.code(param.wireName()) + " path segment" : doc);
        }
        ObjectType params = operation.params();
        if (params != null && withParams) {
            method.addParameter(names.of(params), "params");
            method.addJavadoc("@param params the request's params\n");
        }
        method.addParameter(RuntimeTypes.REQUEST_OPTIONS, "options");
        method.addJavadoc("@param options per-request options (API key, Stripe-Account, idempotency key, timeout)\n");
        method.addJavadoc(
                switch (variant) {
                    case ASYNC -> "@return the response, or a future failed with a StripeException\n";
                    case WITH_RESPONSE -> "@return the response with its status, request id and headers\n";
                    case AUTO_PAGING -> "@return the items of every page; each iteration starts from the first page\n";
                    default -> "@return the response\n";
                });
        if (!async) {
            method.addJavadoc(
                    "@throws dev.stripeslice.runtime.error.StripeException when Stripe answers with an error or cannot be reached\n");
        }
        return method;
    }

    /** Overloads without options, and without params where params are optional. */
    private MethodSpec convenience(Operation operation, Operation.Variant variant, boolean withoutParams) {
        String name = operation.javaName() + variant.suffix();
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .returns(returnType(operation, variant))
                .addJavadoc(
                        "Same as {@code $L}$L with default request options.\n",
                        name,
                        withoutParams ? ", with no params," : "");
        List<CodeBlock> arguments = new ArrayList<>();
        for (Operation.PathParam param : operation.pathParams()) {
            method.addParameter(String.class, param.javaName());
            method.addJavadoc("\n@param $L the $L path segment", param.javaName(), JavadocText.code(param.wireName()));
            arguments.add(CodeBlock.of("$N", param.javaName()));
        }
        ObjectType params = operation.params();
        if (params != null) {
            if (withoutParams) {
                arguments.add(CodeBlock.of("$T.builder().build()", names.of(params)));
            } else {
                method.addParameter(names.of(params), "params");
                method.addJavadoc("\n@param params the request's params");
                arguments.add(CodeBlock.of("params"));
            }
        }
        arguments.add(CodeBlock.of("$T.none()", RuntimeTypes.REQUEST_OPTIONS));
        method.addJavadoc(
                variant == Operation.Variant.AUTO_PAGING
                        ? "\n@return the items of every page\n"
                        : "\n@return the response\n");
        return method.addStatement("return $L($L)", name, CodeBlock.join(arguments, ", "))
                .build();
    }

    private CodeBlock request(Operation operation, String paramsExpression) {
        CodeBlock.Builder path = CodeBlock.builder();
        String template = operation.path();
        int start = 0;
        List<Operation.PathParam> params = operation.pathParams();
        int index = 0;
        boolean first = true;
        while (start < template.length()) {
            int open = template.indexOf('{', start);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            String literal = open < 0 || close < 0 ? template.substring(start) : template.substring(start, open);
            if (!literal.isEmpty()) {
                path.add(first ? "$L" : " + $L", Literals.string(literal));
                first = false;
            }
            if (open < 0 || close < 0) {
                break;
            }
            path.add(
                    first ? "$T.encode($L)" : " + $T.encode($L)",
                    RuntimeTypes.PATH_SEGMENTS,
                    params.get(index++).javaName());
            first = false;
            start = close + 1;
        }
        CodeBlock.Builder request = CodeBlock.builder()
                .add(
                        "new $T($T.$L, $L, $L)",
                        RuntimeTypes.API_REQUEST,
                        RuntimeTypes.HTTP_METHOD,
                        operation.httpMethod(),
                        path.build(),
                        paramsExpression);
        if (operation.multipart()) {
            request.add(".asMultipart()");
        }
        if (operation.server() != null) {
            request.add(".onServer($L)", Literals.string(operation.server()));
        }
        return request.build();
    }

    private TypeName responseType(Operation operation) {
        return names.of(operation.response(), ObjectType.Kind.RESPONSE);
    }

    /** The generated reader of the response, or for a non-JSON body the class the transport hands it over as. */
    private CodeBlock responseReader(Operation operation) {
        if (operation.response() instanceof TypeRef.Binary) {
            return CodeBlock.of("$T.class", responseType(operation));
        }
        return readers.reader(operation.response());
    }
}
