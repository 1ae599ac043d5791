package dev.stripeslice.localstripe.junit;

import dev.stripeslice.localstripe.LocalStripe;
import dev.stripeslice.runtime.ClientConfig;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs one {@link LocalStripe} per test class, stateful, and forgets what each test left behind
 * ({@link LocalStripe#reset()}) after it. Test methods, constructors and lifecycle methods can take as parameters:
 *
 * <ul>
 *   <li>{@link LocalStripe}: the server, for {@code requests()}, {@code enqueue(Fault)} and so on;
 *   <li>{@link ClientConfig}: API key {@code sk_test_123}, base URL and files base URL pointed at the server;
 *   <li>a generated client, or any other type with a public constructor taking only a {@code ClientConfig}: made
 *       with that config.
 * </ul>
 *
 * <p>Which API the server serves: with {@code @ExtendWith(LocalStripeExtension.class)} it is the spec the plugin put
 * in the jar of the generated client the test asks for (the first parameter, of the method or constructor being
 * called, that is a client type); or say it up front:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final LocalStripeExtension stripe = LocalStripeExtension.forClient(StripeClient.class);
 * }</pre>
 */
public final class LocalStripeExtension
        implements BeforeAllCallback, AfterEachCallback, AfterAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(LocalStripeExtension.class);
    private static final String SERVER = "server";

    private final @Nullable Supplier<LocalStripe> factory;

    /** Serves the spec of the generated client the first client parameter names. */
    public LocalStripeExtension() {
        this(null);
    }

    private LocalStripeExtension(@Nullable Supplier<LocalStripe> factory) {
        this.factory = factory;
    }

    /** Serves the spec in the jar of the generated client {@code clientClass} (any class of its package). */
    public static LocalStripeExtension forClient(Class<?> clientClass) {
        Objects.requireNonNull(clientClass, "clientClass");
        return new LocalStripeExtension(() -> LocalStripe.forClient(clientClass));
    }

    /** Serves a spec file (JSON, or YAML with jackson-dataformat-yaml). */
    public static LocalStripeExtension forSpec(Path spec) {
        Objects.requireNonNull(spec, "spec");
        return new LocalStripeExtension(() -> LocalStripe.start(spec));
    }

    /** The config a test's client gets: a test key and the server's two base URLs. */
    public static ClientConfig clientConfig(LocalStripe local) {
        return ClientConfig.builder()
                .apiKey("sk_test_123")
                .baseUrl(local.baseUrl())
                .filesBaseUrl(local.filesBaseUrl())
                .build();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (factory != null) {
            server(context, factory);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        LocalStripe local = classStore(context).get(SERVER, LocalStripe.class);
        if (local != null) {
            local.reset();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        LocalStripe local = classStore(context).remove(SERVER, LocalStripe.class);
        if (local != null) {
            local.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == LocalStripe.class || type == ClientConfig.class || clientConstructor(type) != null;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        LocalStripe local = server(context, factory != null ? factory : () -> fromClientParameter(parameter));
        if (type == LocalStripe.class) {
            return local;
        }
        if (type == ClientConfig.class) {
            return clientConfig(local);
        }
        try {
            return Objects.requireNonNull(clientConstructor(type)).newInstance(clientConfig(local));
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new ParameterResolutionException("LocalStripeExtension cannot make a " + type.getName(), e);
        }
    }

    private static LocalStripe server(ExtensionContext context, Supplier<LocalStripe> factory) {
        return classStore(context).getOrComputeIfAbsent(SERVER, key -> factory.get(), LocalStripe.class);
    }

    private static LocalStripe fromClientParameter(ParameterContext parameter) {
        for (Class<?> type : parameter.getDeclaringExecutable().getParameterTypes()) {
            if (clientConstructor(type) != null) {
                return LocalStripe.forClient(type);
            }
        }
        throw new ParameterResolutionException("LocalStripeExtension does not know which API to serve to "
                + parameter.getDeclaringExecutable()
                + ": take your generated StripeClient as a parameter too, or register"
                + " the extension with @RegisterExtension static final LocalStripeExtension stripe ="
                + " LocalStripeExtension.forClient(StripeClient.class) (or forSpec(Path)).");
    }

    /** The store of the test class (each nested class gets its own server). */
    private static ExtensionContext.Store classStore(ExtensionContext context) {
        ExtensionContext current = context;
        while (!(current.getElement().orElse(null) instanceof Class)
                && current.getParent().isPresent()) {
            current = current.getParent().get();
        }
        return current.getStore(NAMESPACE);
    }

    private static @Nullable Constructor<?> clientConstructor(Class<?> type) {
        if (!Modifier.isPublic(type.getModifiers()) || Modifier.isAbstract(type.getModifiers())) {
            return null;
        }
        try {
            Constructor<?> constructor = type.getConstructor(ClientConfig.class);
            return Modifier.isPublic(constructor.getModifiers()) ? constructor : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
