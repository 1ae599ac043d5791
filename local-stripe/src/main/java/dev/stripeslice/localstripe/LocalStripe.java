package dev.stripeslice.localstripe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * An in-process fake Stripe API on a loopback port, driven by an OpenAPI spec: it authenticates
 * ({@code sk_test_}/{@code rk_test_} keys), routes every operation of the spec, validates form and
 * query parameters against the operation's schema, answers with a fixture or a synthesised example
 * object, records every request and applies queued {@link Fault}s. Thread-safe.
 *
 * <p>It is stateful by default: objects created through the API are stored, and retrieve, update, delete, list
 * and search act on them; an unknown id is a 404 {@code resource_missing}; idempotency keys replay the first
 * answer. {@link #stateless()} switches to answering every request on its own (any id exists, lists are a
 * fixed fake collection), as stripe-mock does.
 *
 * <pre>{@code
 * try (LocalStripe stripe = LocalStripe.start(Path.of("spec3.json"))) {
 *   stripe.enqueue(Fault.status(429, "{\"error\":{\"type\":\"rate_limit_error\"}}"));
 *   ... point a client at stripe.baseUrl() with key "sk_test_123" ...
 *   assertThat(stripe.requests()).hasSize(2);
 * }
 * }</pre>
 */
public final class LocalStripe implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final AtomicInteger SERVERS = new AtomicInteger();

    private final SpecIndex spec;
    private final StripeApi api;
    private final HttpServer server;
    /** A second listener standing in for Stripe's files host ({@code https://files.stripe.com/}). */
    private final HttpServer filesServer;

    private final ExecutorService executor;
    private final List<RecordedRequest> requests = new ArrayList<>();
    private final Deque<FaultSlot> faults = new ArrayDeque<>();
    private final EventSender events;
    private final AtomicInteger eventCount = new AtomicInteger();
    private volatile JsonNode fixtures = MissingNode.getInstance();
    private volatile long seed;
    private volatile int listSize = 5;
    private volatile boolean stateful = true;
    /** Guards the stored objects and idempotent answers; stateful requests are answered one at a time. */
    private final Object stateLock = new Object();

    private final ObjectStore store = new ObjectStore();
    private final StatefulApi statefulApi = new StatefulApi(store);
    private final IdempotencyCache idempotency = new IdempotencyCache();

    private static final class FaultSlot {
        final Fault fault;
        int remaining;

        FaultSlot(Fault fault) {
            this.fault = fault;
            this.remaining = fault.count();
        }
    }

    private LocalStripe(JsonNode openApiSpec) throws IOException {
        if (!openApiSpec.path("paths").isObject()) {
            throw new IllegalArgumentException("not an OpenAPI document: no \"paths\" object at the root");
        }
        this.spec = new SpecIndex(openApiSpec);
        this.api = new StripeApi(spec);
        this.events = new EventSender(spec, Clock.systemUTC());
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        this.executor = Executors.newCachedThreadPool(daemonThreads());
        server.setExecutor(executor);
        server.createContext("/", new StripeHandler(this, api));
        this.filesServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        filesServer.setExecutor(executor);
        filesServer.createContext("/", new StripeHandler(this, api, true));
        server.start();
        filesServer.start();
    }

    /** Starts a server for a spec file: JSON, or YAML ({@code .yaml}/{@code .yml}, needs jackson-dataformat-yaml). */
    public static LocalStripe start(Path openApiSpec) {
        String name = openApiSpec.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                return start(YamlSpecs.read(openApiSpec));
            }
            try (InputStream in = Files.newInputStream(openApiSpec)) {
                return start(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenAPI spec " + openApiSpec, e);
        }
    }

    /** Starts a server for a parsed spec; the tree must not be modified afterwards. */
    public static LocalStripe start(JsonNode openApiSpec) {
        try {
            return new LocalStripe(Objects.requireNonNull(openApiSpec, "openApiSpec"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a loopback port", e);
        }
    }

    /** Starts a server for a JSON spec read from the stream (which is not closed). */
    public static LocalStripe start(InputStream openApiSpecJson) {
        try {
            return start(MAPPER.readTree(openApiSpecJson));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse the OpenAPI spec as JSON", e);
        }
    }

    /**
     * Starts a server for a client generated by stripe-slice, from the spec the plugin put in the client's jar (the
     * client's sections only). {@code clientClass} is any class of the generated package, typically its
     * {@code StripeClient}.
     *
     * @throws IllegalStateException when the client carries no spec (built by a plugin older than 0.1.0, or with the
     *     resource removed)
     */
    public static LocalStripe forClient(Class<?> clientClass) {
        String path = specResource(clientClass.getPackageName());
        ClassLoader loader = clientClass.getClassLoader() != null
                ? clientClass.getClassLoader()
                : ClassLoader.getSystemClassLoader();
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("No " + path + " on the classpath of " + clientClass.getName()
                        + ": stripe-slice-maven-plugin puts the client's spec there when it generates the client; rebuild the"
                        + " client, or start LocalStripe from a spec file with LocalStripe.start(Path).");
            }
            return start(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /**
     * Where stripe-slice-maven-plugin puts the spec of the client generated into {@code basePackage}:
     * {@code META-INF/stripe-slice/<basePackage>/openapi.json}.
     */
    public static String specResource(String basePackage) {
        return "META-INF/stripe-slice/" + basePackage + "/openapi.json";
    }

    /**
     * Answers resources that have an entry in Stripe's {@code fixtures3.json} shape
     * ({@code {"resources":{"customer":{...}}}}) with that entry instead of a synthesised object.
     */
    public LocalStripe withFixtures(JsonNode fixtures3) {
        this.fixtures = Objects.requireNonNull(fixtures3, "fixtures3");
        return this;
    }

    /** Seeds generated ids; the same seed and request give the same answer. Default 0. */
    public LocalStripe withSeed(long seed) {
        this.seed = seed;
        return this;
    }

    /**
     * Answers every request on its own, as stripe-mock does: nothing is stored, any id retrieves, updates and
     * deletes, lists page through a fixed fake collection ({@link #withListSize}) and idempotency keys are only
     * echoed. Objects stored so far are dropped.
     */
    public LocalStripe stateless() {
        synchronized (stateLock) {
            this.stateful = false;
            store.clear();
            idempotency.clear();
        }
        return this;
    }

    /** Whether objects created through the API are stored (the default) rather than answered statelessly. */
    public boolean isStateful() {
        return stateful;
    }

    /**
     * Forgets everything tests left behind: stored objects, idempotent answers, recorded requests and queued faults.
     * Configuration (mode, fixtures, seed, list size) stays.
     */
    public void reset() {
        synchronized (stateLock) {
            store.clear();
            idempotency.clear();
        }
        clearRequests();
        synchronized (faults) {
            faults.clear();
        }
    }

    /** How many objects each list endpoint's fake collection holds in {@link #stateless()} mode. Default 5. */
    public LocalStripe withListSize(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("list size must not be negative: " + size);
        }
        this.listSize = size;
        return this;
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
    public URI baseUrl() {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort());
    }

    /**
     * The stand-in for Stripe's files host ({@code https://files.stripe.com/}), {@code http://127.0.0.1:<port>}:
     * operations whose spec names that server (file uploads, quote PDFs) are answered only here, and every
     * other operation only at {@link #baseUrl()}, so a client that sends one to the wrong host fails as it
     * would against Stripe. Requests to both are recorded in {@link #requests()} (tell them apart by their
     * {@code Host} header, or with {@link #isFilesHost(RecordedRequest)}).
     */
    public URI filesBaseUrl() {
        InetSocketAddress address = filesServer.getAddress();
        return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort());
    }

    /** Whether {@code request} arrived at {@link #filesBaseUrl()}. */
    public boolean isFilesHost(RecordedRequest request) {
        String host = request.header("Host");
        return host != null && host.endsWith(":" + filesServer.getAddress().getPort());
    }

    /** The {@code info.version} of the spec, sent back as {@code Stripe-Version}. */
    public String apiVersion() {
        return spec.apiVersion();
    }

    /** Every request received so far (including faulted and rejected ones), in arrival order. */
    public List<RecordedRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public void clearRequests() {
        synchronized (requests) {
            requests.clear();
        }
    }

    /** Queues a fault for the next request(s), after any faults already queued. */
    public void enqueue(Fault fault) {
        Objects.requireNonNull(fault, "fault");
        synchronized (faults) {
            faults.addLast(new FaultSlot(fault));
        }
    }

    /** How many requests queued faults will still affect. */
    public int pendingFaults() {
        synchronized (faults) {
            return faults.stream().mapToInt(slot -> slot.remaining).sum();
        }
    }

    /**
     * Sends a {@code type} event about the object this server answers for {@code resourceId} (its fixture, else a
     * synthesised example) to a webhook endpoint on this machine, as Stripe would: a JSON event with this spec's API
     * version, POSTed with a {@code Stripe-Signature} header signed with {@code endpointSecret} at the current time.
     *
     * @param endpoint an {@code http(s)} URL on a loopback address (others are refused)
     * @throws IllegalArgumentException when the spec has no such resource or the endpoint is not on loopback
     * @throws java.io.UncheckedIOException when the endpoint cannot be reached
     */
    public EventDelivery sendEvent(URI endpoint, String endpointSecret, String type, String resourceId) {
        return sendEvent(endpoint, endpointSecret, type, events.objectOf(resourceId, fixtures, seed));
    }

    /**
     * As {@link #sendEvent(URI, String, String, String)}, about the object this server holds under {@code objectId}:
     * one created (and perhaps updated) through the API in stateful mode, as it is now.
     *
     * @throws IllegalArgumentException when no object with that id is stored
     */
    public EventDelivery sendEventForStored(URI endpoint, String endpointSecret, String type, String objectId) {
        JsonNode object;
        synchronized (stateLock) {
            ObjectStore.Stored stored = store.get(Objects.requireNonNull(objectId, "objectId"));
            if (stored == null) {
                throw new IllegalArgumentException("LocalStripe holds no object with id \"" + objectId + "\""
                        + (stateful ? "" : " (it is stateless: objects created through the API are not stored)"));
            }
            object = stored.object().deepCopy();
        }
        return sendEvent(endpoint, endpointSecret, type, object);
    }

    /** As {@link #sendEvent(URI, String, String, String)}, about an object of your own. */
    public EventDelivery sendEvent(URI endpoint, String endpointSecret, String type, JsonNode object) {
        Objects.requireNonNull(endpointSecret, "endpointSecret");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(object, "object");
        return events.send(
                endpoint, endpointSecret, type, object, new Ids(seed, "event " + eventCount.incrementAndGet()));
    }

    @Override
    public void close() {
        server.stop(0);
        filesServer.stop(0);
        executor.shutdownNow();
    }

    void record(RecordedRequest request) {
        synchronized (requests) {
            requests.add(request);
        }
    }

    @Nullable
    Fault nextFault() {
        synchronized (faults) {
            FaultSlot head = faults.peekFirst();
            if (head == null) {
                return null;
            }
            if (--head.remaining == 0) {
                faults.removeFirst();
            }
            return head.fault;
        }
    }

    StripeApi.Answer answer(RecordedRequest request, boolean filesHost) {
        if (!stateful) {
            return api.answer(request, fixtures, seed, listSize, filesHost, null);
        }
        synchronized (stateLock) {
            StripeApi.Answer replayed = idempotency.replay(request);
            if (replayed != null) {
                return replayed;
            }
            StripeApi.Answer answer = api.answer(request, fixtures, seed, listSize, filesHost, statefulApi);
            idempotency.remember(request, answer);
            return answer;
        }
    }

    private static ThreadFactory daemonThreads() {
        int serverNumber = SERVERS.incrementAndGet();
        AtomicInteger threads = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "local-stripe-" + serverNumber + "-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
