package dev.stripeslice.runtime;

import java.net.URI;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * The {@link HttpClient} a {@link StripeTransport} builds when the config brings none.
 *
 * <ul>
 *   <li>Plain {@code http} base URLs (local fakes) get HTTP/1.1: the JDK's HTTP/2 default would
 *       otherwise add {@code Connection: Upgrade, HTTP2-Settings}, {@code Upgrade: h2c} and
 *       {@code HTTP2-Settings} to every request on every connection, and take the HTTP/2
 *       connection-pool lock for each. {@code https} keeps the default (HTTP/2 when ALPN agrees).
 *   <li>Plain {@code http} base URLs get an SSLContext that is never initialised: the default one
 *       loads the JSSE provider and parses the trust store (hundreds of milliseconds and ~900
 *       classes at start-up) for a client that, following no redirects, never speaks TLS.
 * </ul>
 */
final class DefaultHttpClient {
  private DefaultHttpClient() {}

  static HttpClient build(ClientConfig config) {
    HttpClient.Builder builder = HttpClient.newBuilder()
        .connectTimeout(config.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER);
    if (isPlainHttp(config.baseUrl())) {
      builder.version(HttpClient.Version.HTTP_1_1)
          .sslContext(new NoTlsContext())
          .sslParameters(new SSLParameters());
    }
    return builder.build();
  }

  static boolean isPlainHttp(URI baseUrl) {
    return "http".equalsIgnoreCase(baseUrl.getScheme());
  }

  /** Never initialised and never used: the client talks plain http only. */
  private static final class NoTlsContext extends SSLContext {
    NoTlsContext() {
      super(new NoTlsSpi(), null, "none");
    }
  }

  private static final class NoTlsSpi extends SSLContextSpi {
    private static UnsupportedOperationException noTls() {
      return new UnsupportedOperationException("this client was built for an http:// base URL");
    }

    @Override
    protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom random) {
      throw noTls();
    }

    @Override
    protected SSLSocketFactory engineGetSocketFactory() {
      throw noTls();
    }

    @Override
    protected SSLServerSocketFactory engineGetServerSocketFactory() {
      throw noTls();
    }

    @Override
    protected SSLEngine engineCreateSSLEngine() {
      throw noTls();
    }

    @Override
    protected SSLEngine engineCreateSSLEngine(String host, int port) {
      throw noTls();
    }

    @Override
    protected SSLSessionContext engineGetServerSessionContext() {
      throw noTls();
    }

    @Override
    protected SSLSessionContext engineGetClientSessionContext() {
      throw noTls();
    }
  }
}
