package dev.stripeslice.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stripeslice.generator.spec.LoadedSpec;
import dev.stripeslice.localstripe.LocalStripe;
import dev.stripeslice.runtime.ClientConfig;
import dev.stripeslice.runtime.RequestOptions;
import dev.stripeslice.runtime.StripeTransport;
import dev.stripeslice.runtime.form.RangeQuery;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

/**
 * The subscription section of Stripe's 2024-04-10 spec (from the every-section compile, which the other whole-spec
 * tests share): {@code trial_end} is a timestamp or {@code now}, a list's {@code created} an exact time or a range;
 * each is sent as the shape set, and LocalStripe, validating against the spec, accepts it.
 */
class SubscriptionTwoShapeParamsTest {
    private static final String SPEC = "spec3.2024-04-10.json";

    @Test
    void trialEndAndCreatedAreSentAsTheShapeSet() throws Exception {
        LoadedSpec spec = WholeSpecs.load(SPEC);
        WholeSpecs.Together together = WholeSpecs.together(
                SPEC, "gen.v20240410.all", EverySectionCompilesTest.UNSUPPORTED_2024_04_10.keySet());
        String base = together.basePackage();
        try (URLClassLoader loader = new URLClassLoader(
                        new URL[] {together.classes().toUri().toURL()},
                        getClass().getClassLoader());
                LocalStripe local = LocalStripe.start(spec.root()).stateless()) {
            StripeTransport transport = new StripeTransport(
                    ClientConfig.builder()
                            .apiKey("sk_test_123")
                            .baseUrl(local.baseUrl())
                            .maxNetworkRetries(0)
                            .build(),
                    spec.apiVersion());
            Object subscriptions = loader.loadClass(base + ".HttpSubscriptionsClient")
                    .getConstructor(StripeTransport.class)
                    .newInstance(transport);
            Class<?> create = loader.loadClass(base + ".SubscriptionCreateParams");
            Class<?> list = loader.loadClass(base + ".SubscriptionListParams");

            send(
                    subscriptions,
                    "create",
                    set(set(builder(create), "customer", String.class, "cus_123"), "trialEndNow"));
            assertThat(local.requests().get(0).body()).isEqualTo("customer=cus_123&trial_end=now");

            send(
                    subscriptions,
                    "create",
                    set(
                            set(builder(create), "customer", String.class, "cus_123"),
                            "trialEnd",
                            Long.class,
                            1_900_000_000L));
            assertThat(local.requests().get(1).body()).isEqualTo("customer=cus_123&trial_end=1900000000");

            send(subscriptions, "list", set(builder(list), "created", Long.class, 1_700_000_000L));
            assertThat(local.requests().get(2).rawQuery()).isEqualTo("created=1700000000");

            RangeQuery range = RangeQuery.builder().gte(1_700_000_000L).build();
            send(subscriptions, "list", set(builder(list), "created", RangeQuery.class, range));
            assertThat(local.requests().get(3).rawQuery()).isEqualTo("created[gte]=1700000000");
        }
    }

    private static Object builder(Class<?> params) throws ReflectiveOperationException {
        return params.getMethod("builder").invoke(null);
    }

    /** Calls the builder's {@code name(value)} (or {@code name()} without a type), returning the builder. */
    private static Object set(Object builder, String name, Class<?> type, Object value)
            throws ReflectiveOperationException {
        return builder.getClass().getMethod(name, type).invoke(builder, value);
    }

    private static Object set(Object builder, String name) throws ReflectiveOperationException {
        return builder.getClass().getMethod(name).invoke(builder);
    }

    /** Builds the params and calls {@code client.method(params, options)}; LocalStripe refusing them throws. */
    private static void send(Object client, String method, Object builder) throws Exception {
        Object params = builder.getClass().getMethod("build").invoke(builder);
        for (Method candidate : client.getClass().getMethods()) {
            if (candidate.getName().equals(method)
                    && candidate.getParameterCount() == 2
                    && candidate.getParameterTypes()[0].isInstance(params)
                    && candidate.getParameterTypes()[1] == RequestOptions.class) {
                try {
                    candidate.invoke(client, params, RequestOptions.none());
                } catch (InvocationTargetException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
                return;
            }
        }
        throw new AssertionError("no " + method + "(params, options) on " + client.getClass());
    }
}
