package dev.stripeslice.sections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stripeslice.localstripe.Fault;
import dev.stripeslice.localstripe.LocalStripe;
import dev.stripeslice.localstripe.MultipartPart;
import dev.stripeslice.localstripe.RecordedRequest;
import dev.stripeslice.runtime.ClientConfig;
import dev.stripeslice.runtime.RequestOptions;
import dev.stripeslice.runtime.StripeResponse;
import dev.stripeslice.runtime.error.InvalidRequestException;
import dev.stripeslice.runtime.form.FileUpload;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files host: uploads ({@code POST /v1/files}, {@code multipart/form-data}) and binary downloads
 * ({@code GET /v1/quotes/{quote}/pdf}, {@code application/pdf}) go to {@code https://files.stripe.com/} (here
 * LocalStripe's files listener, which refuses everything else, as the API host refuses them).
 */
class FilesTest {
    @RegisterExtension
    static final LocalStripeSections server = LocalStripeSections.withListSize(3);

    private static StripeClient stripe;

    @BeforeAll
    static void start() {
        stripe = client(server.local, ClientConfig.builder().filesBaseUrl(server.local.filesBaseUrl()));
    }

    static StripeClient client(LocalStripe local, ClientConfig.Builder config) {
        return new StripeClient(config.apiKey("sk_test_123")
                .baseUrl(local.baseUrl())
                .maxNetworkRetries(0)
                .build());
    }

    @Test
    void uploadsAFileAsAMultipartBodyToTheFilesHost() {
        byte[] contents = new byte[256];
        for (int i = 0; i < contents.length; i++) {
            contents[i] = (byte) i; // every byte value, CR and LF included: the part must carry them unchanged
        }
        File file = stripe.files()
                .create(FileCreateParams.builder()
                        .file(FileUpload.of("evidence.bin", "application/octet-stream", contents))
                        .purpose(FileCreateParams.Purpose.DISPUTE_EVIDENCE)
                        .fileLinkData(FileCreateParams.FileLinkData.builder()
                                .create(true)
                                .expiresAt(1_900_000_000L)
                                .putMetadata("order", "42")
                                .build())
                        .addExpand("links")
                        .build());

        RecordedRequest request = server.onlyRequest();
        assertThat(server.local.isFilesHost(request))
                .as("sent to the files host")
                .isTrue();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/files");
        assertThat(request.header("Content-Type")).startsWith("multipart/form-data; boundary=");
        assertThat(request.header("Idempotency-Key")).isNotBlank();
        List<MultipartPart> parts = request.parts();
        assertThat(parts)
                .extracting(MultipartPart::name)
                .containsExactly(
                        "expand[0]",
                        "file",
                        "file_link_data[create]",
                        "file_link_data[expires_at]",
                        "file_link_data[metadata][order]",
                        "purpose");
        MultipartPart filePart = request.part("file");
        assertThat(filePart.filename()).isEqualTo("evidence.bin");
        assertThat(filePart.contentType()).isEqualTo("application/octet-stream");
        assertThat(filePart.content()).isEqualTo(contents);
        assertThat(request.part("expand[0]").text()).isEqualTo("links");
        assertThat(request.part("file_link_data[create]").text()).isEqualTo("true");
        assertThat(request.part("file_link_data[create]").filename()).isNull();
        assertThat(request.part("file_link_data[metadata][order]").text()).isEqualTo("42");
        assertThat(request.part("purpose").text()).isEqualTo("dispute_evidence");

        assertThat(file.object()).isEqualTo("file");
        assertThat(file.id()).isNotBlank();
    }

    @Test
    void uploadsAFileFromAPathWithItsNameAndType(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("receipt.pdf");
        Files.writeString(pdf, "%PDF-1.4 not really");

        stripe.files()
                .create(FileCreateParams.builder()
                        .file(FileUpload.of(pdf))
                        .purpose(FileCreateParams.Purpose.ADDITIONAL_VERIFICATION)
                        .build());

        MultipartPart filePart = server.onlyRequest().part("file");
        assertThat(filePart.filename()).isEqualTo("receipt.pdf");
        assertThat(filePart.contentType()).isEqualTo("application/pdf");
        assertThat(filePart.text()).isEqualTo("%PDF-1.4 not really");
    }

    @Test
    void requiresTheFileAndThePurposeAtBuild() {
        assertThatThrownBy(() -> FileCreateParams.builder()
                        .purpose(FileCreateParams.Purpose.DISPUTE_EVIDENCE)
                        .build())
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("file is required");
        assertThat(FileUpload.of("a.txt", "text/plain", "secret".getBytes(StandardCharsets.UTF_8))
                        .toString())
                .isEqualTo("FileUpload{a.txt, text/plain, 6 bytes}")
                .doesNotContain("secret");
    }

    @Test
    void theApiHostRefusesUploadsSoTheFilesHostMatters() {
        // A client whose files host is the API host: LocalStripe answers as Stripe's API host would.
        StripeClient misrouted = client(server.local, ClientConfig.builder().filesBaseUrl(server.local.baseUrl()));

        assertThatThrownBy(() -> misrouted
                        .files()
                        .create(FileCreateParams.builder()
                                .file(FileUpload.of("a.txt", "text/plain", new byte[] {1}))
                                .purpose(FileCreateParams.Purpose.DISPUTE_EVIDENCE)
                                .build()))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("files.stripe.com");
        assertThat(server.local.isFilesHost(server.onlyRequest())).isFalse();
    }

    @Test
    void anOverrideForTheSpecsServerWinsOverFilesBaseUrl() {
        StripeClient overridden = client(
                server.local,
                ClientConfig.builder()
                        .filesBaseUrl("https://files.invalid")
                        .serverBaseUrl(
                                "https://files.stripe.com/",
                                server.local.filesBaseUrl().toString()));

        overridden
                .files()
                .create(FileCreateParams.builder()
                        .file(FileUpload.of("a.txt", "text/plain", new byte[] {1}))
                        .purpose(FileCreateParams.Purpose.DISPUTE_EVIDENCE)
                        .build());

        assertThat(server.local.isFilesHost(server.onlyRequest())).isTrue();
    }

    @Test
    void otherFileOperationsStayOnTheApiHost() {
        File file = stripe.files().retrieve("file_123");
        stripe.files().list(FileListParams.builder().limit(2L).build());

        assertThat(file.id()).isEqualTo("file_123");
        assertThat(server.requests())
                .hasSize(2)
                .allSatisfy(
                        request -> assertThat(server.local.isFilesHost(request)).isFalse());
    }

    @Test
    void downloadsAQuotePdfAsAStreamFromTheFilesHost() throws Exception {
        byte[] pdf;
        try (InputStream in = stripe.quotes().retrievePdf("qt_123")) {
            pdf = in.readAllBytes();
        }

        assertThat(new String(pdf, StandardCharsets.US_ASCII))
                .startsWith("%PDF-")
                .endsWith("%%EOF\n");
        RecordedRequest request = server.onlyRequest();
        assertThat(server.local.isFilesHost(request)).isTrue();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo("/v1/quotes/qt_123/pdf");
        assertThat(request.header("Accept")).isEqualTo("*/*");
    }

    @Test
    void pdfDownloadsHaveAsyncAndResponseMetadataForms() throws Exception {
        try (InputStream in = stripe.quotes().retrievePdfAsync("qt_123").get()) {
            assertThat(in.readNBytes(5)).isEqualTo("%PDF-".getBytes(StandardCharsets.US_ASCII));
        }
        StripeResponse<InputStream> response = stripe.quotes()
                .retrievePdfWithResponse(
                        "qt_123", QuoteRetrievePdfParams.builder().build(), RequestOptions.none());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.requestId()).startsWith("req_");
        assertThat(response.header("Content-Type")).hasValue("application/pdf");
        assertThat(response.value().readAllBytes()).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void pdfErrorsAreTypedExceptions() {
        server.local.enqueue(Fault.status(
                404,
                "{\"error\":{\"type\":\"invalid_request_error\",\"code\":"
                        + "\"resource_missing\",\"param\":\"quote\",\"message\":\"No such quote: 'qt_404'\"}}"));

        assertThatThrownBy(() -> stripe.quotes().retrievePdf("qt_404"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.code()).isEqualTo("resource_missing");
                    assertThat(e.httpStatus()).isEqualTo(404);
                });
    }
}
