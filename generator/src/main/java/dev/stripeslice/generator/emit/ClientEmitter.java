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

    ClientEmitter(TypeNames names, String specName) {
        this.names = names;
        this.specName = specName;
    }

    ClassName interfaceName(ClientType client) {
        return names.topLevel(client.simpleName());
    }

    ClassName implementationName(ClientType client) {
        return names.topLevel("Http" + client.simpleName());
    }

    JavaFile emitInterface(ClientType client) {
        TypeSpec.Builder spec = TypeSpec.interfaceBuilder(interfaceName(client))
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Operations on Stripe's {@code $L} resource.\n", JavadocText.of(client.resourceId()));
        for (Operation operation : client.operations()) {
            for (boolean async : new boolean[] {false, true}) {
                spec.addMethod(signature(operation, async, true).addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT).build());
                spec.addMethod(convenience(operation, async, false));
                if (operation.params() != null && !operation.paramsRequired()) {
                    spec.addMethod(convenience(operation, async, true));
                }
            }
        }
        return Headers.file(names.basePackage(), spec.build(), specName, "");
    }

    JavaFile emitImplementation(ClientType client) {
        ClassName self = implementationName(client);
        TypeSpec.Builder spec = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(interfaceName(client))
                .addJavadoc("{@link $T} over HTTP. Thread-safe; share one instance.\n", interfaceName(client))
                .addField(FieldSpec.builder(RuntimeTypes.STRIPE_TRANSPORT, "transport", Modifier.PRIVATE, Modifier.FINAL).build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("@param transport the connection to Stripe\n")
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(RuntimeTypes.STRIPE_TRANSPORT, "transport")
                        .addStatement("this.transport = $T.requireNonNull(transport, $S)", Objects.class, "transport")
                        .build());
        for (Operation operation : client.operations()) {
            for (boolean async : new boolean[] {false, true}) {
                spec.addMethod(signature(operation, async, true)
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement("return transport.$L($L, options, $L)", async ? "executeAsync" : "execute",
                                request(operation), responseClass(operation))
                        .build());
            }
        }
        return Headers.file(names.basePackage(), spec.build(), specName, "");
    }

    private MethodSpec.Builder signature(Operation operation, boolean async, boolean withParams) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(operation.javaName() + (async ? "Async" : ""))
                .returns(async ? ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), responseType(operation))
                        : responseType(operation));
        String summary = JavadocText.of(operation.summary().isEmpty() ? operation.description() : operation.summary());
        method.addJavadoc("$L$L\n", summary.isEmpty() ? operation.httpMethod() + " " + JavadocText.of(operation.path()) : summary,
                async ? ", without blocking" : "");
        method.addJavadoc("\n<p>{@code $L $L}\n\n", operation.httpMethod(), JavadocText.of(operation.path()));
        for (Operation.PathParam param : operation.pathParams()) {
            method.addParameter(String.class, param.javaName());
            String doc = JavadocText.of(param.description());
            method.addJavadoc("@param $L $L\n", param.javaName(), doc.isEmpty() ? "the {@code " + JavadocText.of(param.wireName()) + "} path segment" : doc);
        }
        ObjectType params = operation.params();
        if (params != null && withParams) {
            method.addParameter(names.of(params), "params");
            method.addJavadoc("@param params the request's params\n");
        }
        method.addParameter(RuntimeTypes.REQUEST_OPTIONS, "options");
        method.addJavadoc("@param options per-request options (API key, Stripe-Account, idempotency key, timeout)\n");
        method.addJavadoc(async ? "@return the response, or a future failed with a StripeException\n" : "@return the response\n");
        if (!async) {
            method.addJavadoc("@throws dev.stripeslice.runtime.StripeException when Stripe answers with an error or cannot be reached\n");
        }
        return method;
    }

    /** Overloads without options, and without params where params are optional. */
    private MethodSpec convenience(Operation operation, boolean async, boolean withoutParams) {
        String name = operation.javaName() + (async ? "Async" : "");
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .returns(async ? ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), responseType(operation))
                        : responseType(operation))
                .addJavadoc("Same as {@code $L}$L with default request options.\n", name,
                        withoutParams ? ", with no params," : "");
        List<CodeBlock> arguments = new ArrayList<>();
        for (Operation.PathParam param : operation.pathParams()) {
            method.addParameter(String.class, param.javaName());
            method.addJavadoc("\n@param $L the {@code $L} path segment", param.javaName(), JavadocText.of(param.wireName()));
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
        method.addJavadoc("\n@return the response\n");
        return method.addStatement("return $L($L)", name, CodeBlock.join(arguments, ", ")).build();
    }

    private CodeBlock request(Operation operation) {
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
            path.add(first ? "$T.encode($L)" : " + $T.encode($L)", RuntimeTypes.PATH_SEGMENTS, params.get(index++).javaName());
            first = false;
            start = close + 1;
        }
        return CodeBlock.of("new $T($T.$L, $L, $L)", RuntimeTypes.API_REQUEST, RuntimeTypes.HTTP_METHOD,
                operation.httpMethod(), path.build(), operation.params() == null ? "null" : "params");
    }

    private TypeName responseType(Operation operation) {
        return names.of(operation.response(), ObjectType.Kind.RESPONSE);
    }

    private CodeBlock responseClass(Operation operation) {
        TypeName type = responseType(operation);
        if (type instanceof ParameterizedTypeName parameterized) {
            return CodeBlock.of("$T.class", parameterized.rawType());
        }
        return CodeBlock.of("$T.class", type);
    }
}
