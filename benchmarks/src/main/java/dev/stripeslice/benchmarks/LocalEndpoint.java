package dev.stripeslice.benchmarks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One plain HTTP server on loopback that answers every request with the customer_session fixture, no delay.
 * Both clients talk to the same instance.
 */
final class LocalEndpoint implements AutoCloseable {
    static {
        // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's delayed ACK:
        // every call then takes ~40 ms whatever the client does.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService executor;
    final AtomicLong requests = new AtomicLong();

    private LocalEndpoint(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    static LocalEndpoint start(String body, int threads) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        LocalEndpoint endpoint = new LocalEndpoint(server, Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "local-endpoint");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("Request-Id", "req_bench");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
            endpoint.requests.incrementAndGet();
        });
        server.setExecutor(endpoint.executor);
        server.start();
        return endpoint;
    }

    String baseUrl() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    /** Runs the endpoint until killed: {@code LocalEndpoint} for manual checks. */
    public static void main(String[] args) throws Exception {
        try (LocalEndpoint endpoint = start(Fixture.customerSessionJson(), 8)) {
            System.out.println(endpoint.baseUrl());
            Thread.sleep(Long.parseLong(args.length > 0 ? args[0] : "60000"));
        }
    }
}
