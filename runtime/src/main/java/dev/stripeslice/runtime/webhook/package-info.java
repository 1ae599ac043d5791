/**
 * Stripe webhooks: {@link dev.stripeslice.runtime.webhook.WebhookVerifier} checks the
 * {@code Stripe-Signature} header against the raw request body,
 * {@link dev.stripeslice.runtime.webhook.Webhook} turns a verified body into an
 * {@link dev.stripeslice.runtime.webhook.Event} whose {@code data.object} is decoded into the
 * generated record of its type, and {@link dev.stripeslice.runtime.webhook.WebhookSigner} signs
 * payloads for tests.
 */
@org.jspecify.annotations.NullMarked
package dev.stripeslice.runtime.webhook;
