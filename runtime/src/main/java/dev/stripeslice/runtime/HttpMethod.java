package dev.stripeslice.runtime;

/** The HTTP methods Stripe's API uses. */
public enum HttpMethod {
    GET,
    POST,
    DELETE
}
