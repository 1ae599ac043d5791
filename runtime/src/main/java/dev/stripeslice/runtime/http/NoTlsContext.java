package dev.stripeslice.runtime.http;

import java.security.SecureRandom;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/** An SSLContext that is never initialised and never used: for a client that talks plain http only. */
final class NoTlsContext extends SSLContext {
    NoTlsContext() {
        super(new NoTlsSpi(), null, "none");
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
