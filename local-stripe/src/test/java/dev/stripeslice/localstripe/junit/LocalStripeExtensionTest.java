package dev.stripeslice.localstripe.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stripeslice.localstripe.Fault;
import dev.stripeslice.localstripe.LocalStripe;
import dev.stripeslice.localstripe.notes.NotesClient;
import dev.stripeslice.runtime.ClientConfig;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** The extension finds the spec through the client parameter, injects, and resets between tests. */
@ExtendWith(LocalStripeExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalStripeExtensionTest {
    private static LocalStripe first;

    @Test
    @Order(1)
    void injectsTheServerAConfigAndAClient(NotesClient notes, LocalStripe local, ClientConfig config) {
        first = local;

        assertThat(local.isStateful()).isTrue();
        assertThat(notes.config().baseUrl()).isEqualTo(local.baseUrl());
        assertThat(notes.config().filesBaseUrl()).isEqualTo(local.filesBaseUrl());
        assertThat(notes.config().apiKey()).startsWith("sk_test_");
        assertThat(config.baseUrl()).isEqualTo(local.baseUrl());
        assertThat(notes.post("/v1/notes", "title=Kept")).startsWith("200 ");
        assertThat(notes.get("/v1/notes")).contains("Kept");
        local.enqueue(Fault.status(500, "{}"));
    }

    @Test
    @Order(2)
    void theNextTestGetsTheSameServerEmptied(NotesClient notes, LocalStripe local) {
        assertThat(local).isSameAs(first);
        assertThat(local.requests()).isEmpty();
        assertThat(local.pendingFaults()).isZero();
        assertThat(notes.get("/v1/notes")).startsWith("200 ").doesNotContain("Kept");
    }
}
