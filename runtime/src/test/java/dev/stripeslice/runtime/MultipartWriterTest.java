package dev.stripeslice.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stripeslice.runtime.form.FileUpload;
import dev.stripeslice.runtime.form.FormWriter;
import dev.stripeslice.runtime.form.MultipartWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MultipartWriterTest {
    @Test
    void everyFormPairIsAPartAndFilesKeepTheirPlace() {
        FormWriter form = new FormWriter();
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("create", true);
        form.put("file", FileUpload.of("a \"b\".txt", "text/plain", "hi\r\n".getBytes(StandardCharsets.UTF_8)))
                .put("file_link_data", link)
                .put("purpose", "dispute_evidence");

        String body = new String(new MultipartWriter("XyZ").encode(form), StandardCharsets.UTF_8);

        assertThat(body)
                .isEqualTo("--XyZ\r\n"
                        + "Content-Disposition: form-data; name=\"file\"; filename=\"a %22b%22.txt\"\r\n"
                        + "Content-Type: text/plain\r\n\r\nhi\r\n\r\n"
                        + "--XyZ\r\nContent-Disposition: form-data; name=\"file_link_data[create]\"\r\n\r\ntrue\r\n"
                        + "--XyZ\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\ndispute_evidence\r\n"
                        + "--XyZ--\r\n");
        assertThat(new MultipartWriter("XyZ").contentType()).isEqualTo("multipart/form-data; boundary=XyZ");
    }

    @Test
    void aFileCannotBeFormEncoded() {
        FormWriter form = new FormWriter().put("file", FileUpload.of("a.txt", "text/plain", new byte[0]));
        assertThatThrownBy(form::encode)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("multipart/form-data");
    }

    @Test
    void filesHostIsOverridableLikeTheBaseUrl() {
        ClientConfig defaults = ClientConfig.builder().apiKey("sk_test_1").build();
        assertThat(defaults.baseUrlFor(null)).hasToString("https://api.stripe.com");
        assertThat(defaults.baseUrlFor("https://files.stripe.com/")).hasToString("https://files.stripe.com");
        assertThat(defaults.baseUrlFor("https://api.stripe.com/")).hasToString("https://api.stripe.com");

        ClientConfig local = ClientConfig.builder()
                .apiKey("sk_test_1")
                .baseUrl("http://127.0.0.1:1")
                .filesBaseUrl("http://127.0.0.1:2/")
                .serverBaseUrl("https://uploads.example/", "http://127.0.0.1:3")
                .build();
        assertThat(local.baseUrlFor("https://files.stripe.com/")).hasToString("http://127.0.0.1:2");
        assertThat(local.baseUrlFor("https://api.stripe.com/")).hasToString("http://127.0.0.1:1");
        assertThat(local.baseUrlFor("https://uploads.example")).hasToString("http://127.0.0.1:3");
        assertThat(local.toString()).contains("filesBaseUrl=http://127.0.0.1:2");
    }

    @Test
    void onlyPostsCarryMultipartBodies() {
        assertThatThrownBy(() -> new ApiRequest(HttpMethod.GET, "/v1/files", null).asMultipart())
                .isInstanceOf(IllegalArgumentException.class);
        ApiRequest upload =
                new ApiRequest(HttpMethod.POST, "/v1/files", null).asMultipart().onServer("https://files.stripe.com/");
        assertThat(upload.multipart()).isTrue();
        assertThat(upload.server()).isEqualTo("https://files.stripe.com/");
        assertThat(upload).hasToString("POST /v1/files");
    }
}
