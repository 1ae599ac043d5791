package dev.stripeslice.benchmarks;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;

/**
 * One HTTP/1.1 server on loopback, plain or TLS, that answers every request with the customer_session fixture, no
 * delay. Both clients talk to the same instance.
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
        return start(
                body, threads, HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024));
    }

    /** The same endpoint over TLS with {@code tls}'s certificate. */
    static LocalEndpoint startTls(String body, int threads, SSLContext tls) throws IOException {
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        return start(body, threads, server);
    }

    private static LocalEndpoint start(String body, int threads, HttpServer server) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
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
        String scheme = server instanceof HttpsServer ? "https://" : "http://";
        return scheme + server.getAddress().getAddress().getHostAddress() + ":"
                + server.getAddress().getPort();
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
