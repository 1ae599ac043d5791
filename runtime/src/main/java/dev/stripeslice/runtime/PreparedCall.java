package dev.stripeslice.runtime;

import dev.stripeslice.runtime.http.HttpTransport;

/**
 * One logical call, ready to send: the HTTP request every attempt repeats byte for byte (so its
 * {@code Idempotency-Key} too), and what the executor and decoder need to know about it.
 *
 * @param request the API request, for messages and logs ({@code POST /v1/...}, no params)
 * @param http what each attempt sends
 * @param maxRetries retries allowed after the first attempt
 * @param apiKey the key in use, so that messages can redact it
 */
record PreparedCall(ApiRequest request, HttpTransport.Request http, int maxRetries, String apiKey) {
    @Override
    public String toString() {
        return request.toString();
    }
}
