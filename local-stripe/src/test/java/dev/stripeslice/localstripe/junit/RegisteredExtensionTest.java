package dev.stripeslice.localstripe.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stripeslice.localstripe.LocalStripe;
import dev.stripeslice.localstripe.notes.NotesClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Registered with the client named up front, a test can take just the server. */
class RegisteredExtensionTest {
    @RegisterExtension
    static final LocalStripeExtension STRIPE = LocalStripeExtension.forClient(NotesClient.class);

    @Test
    void servesTheNamedClientsSpec(LocalStripe local) {
        assertThat(new NotesClient(LocalStripeExtension.clientConfig(local)).post("/v1/notes", "title=x"))
                .startsWith("200 ")
                .contains("\"object\":\"note\"");
    }
}
