package dev.stripeslice.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/** The {@code User-Agent} header value. */
final class UserAgent {
    static final String RUNTIME_VERSION = loadVersion();

    private UserAgent() {}

    static String of(@Nullable String appInfo) {
        String base =
                "stripe-slice/" + RUNTIME_VERSION + " Java/" + Runtime.version().feature();
        return appInfo == null ? base : base + " " + appInfo;
    }

    private static String loadVersion() {
        try (InputStream in = UserAgent.class.getResourceAsStream("runtime.properties")) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version");
                if (version != null && !version.startsWith("$")) {
                    return version;
                }
            }
        } catch (IOException e) {
            // fall through to "unknown"
        }
        return "unknown";
    }
}
