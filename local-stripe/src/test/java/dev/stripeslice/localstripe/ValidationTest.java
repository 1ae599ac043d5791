package dev.stripeslice.localstripe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValidationTest {
    private static LocalStripe stripe;
    private static Http http;

    @BeforeAll
    static void start() {
        stripe = Http.widgets();
        http = new Http(stripe);
    }

    @AfterAll
    static void stop() {
        stripe.close();
    }

    @Test
    void unknownNestedKeyIsParameterUnknown() {
        Http.Response response = http.post("/v1/widgets", "name=w&settings[mode]=fast&settings[foo]=1");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().toString())
                .isEqualTo("{\"error\":{\"code\":\"parameter_unknown\","
                        + "\"doc_url\":\"https://stripe.com/docs/error-codes/parameter-unknown\","
                        + "\"message\":\"Received unknown parameter: settings[foo]\","
                        + "\"param\":\"settings[foo]\",\"type\":\"invalid_request_error\"}}");
    }

    @Test
    void unknownTopLevelKey() {
        assertError(http.post("/v1/widgets", "name=w&colour=red"), "parameter_unknown", "colour");
    }

    @Test
    void missingRequiredTopLevelAndNested() {
        Http.Response missing = http.post("/v1/widgets", "color=red");
        assertError(missing, "parameter_missing", "name");
        assertThat(missing.error().path("message").asText()).isEqualTo("Missing required param: name.");

        assertError(
                http.post("/v1/widgets", "name=w&settings[mode]=fast&settings[preview][x]=1"),
                "parameter_unknown",
                "settings[preview][x]");
        assertError(http.post("/v1/widgets", "name=w&settings[retries]=1"), "parameter_missing", "settings[mode]");
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "name=w&enabled=yes               | parameter_invalid_boolean       | enabled",
                "name=w&enabled=TRUE              | parameter_invalid_boolean       | enabled",
                "name=w&count=1.5                 | parameter_invalid_integer       | count",
                "name=w&count=                    | parameter_invalid_integer       | count",
                "name=w&weight=heavy              | parameter_invalid_number        | weight",
                "name=w&color=blue                | parameter_invalid_enum          | color",
                "name=waytoolongname              | parameter_invalid_string_length | name",
                "name=w&tags=a                    | parameter_invalid_array         | tags",
                "name=w&tags[1]=a                 | parameter_invalid_array         | tags",
                "name=w&tags[0]=a&tags[2]=b       | parameter_invalid_array         | tags",
                "name=w&tags[x]=a                 | parameter_invalid_array         | tags",
                "name=w&settings=fast             | parameter_invalid_object        | settings",
                "name[first]=w                    | parameter_invalid_string        | name",
                "name=w&settings[mode]=medium     | parameter_invalid_enum          | settings[mode]",
                "name=w&settings[mode]=fast&settings[preview][enabled]=1 | parameter_invalid_boolean | settings[preview][enabled]",
                "name=w&metadata=x                | parameter_invalid_enum          | metadata",
                "name=w&metadata[a][b]=x          | parameter_invalid_string        | metadata[a]",
                "name=w&tags[0]=aaaaaaaaaaaaaaaaaaaaa | parameter_invalid_string_length | tags[0]",
            })
    void wrongTypesNameTheParam(String form, String code, String param) {
        assertError(http.post("/v1/widgets", form), code, param);
    }

    @Test
    void messagesAreStripeLike() {
        assertThat(http.post("/v1/widgets", "name=w&enabled=yes")
                        .error()
                        .path("message")
                        .asText())
                .isEqualTo("Invalid boolean: yes");
        assertThat(http.post("/v1/widgets", "name=w&color=blue")
                        .error()
                        .path("message")
                        .asText())
                .isEqualTo("Invalid color: must be one of \"red\", \"green\" (got \"blue\")");
    }

    @Test
    void acceptsValidParams() {
        Http.Response response = http.post(
                "/v1/widgets",
                "name=w&enabled=false&count=-3&weight=1.25&color=green&tags[0]=a&tags[1]=b"
                        + "&metadata[order]=6735&settings[mode]=slow&settings[preview][enabled]=true&expand[0]=customer");
        assertThat(response.status()).as(response.json().toString()).isEqualTo(200);
    }

    @Test
    void anyOfAcceptsEmptyStringToClear() {
        assertThat(http.post("/v1/widgets", "name=w&metadata=").status()).isEqualTo(200);
    }

    @Test
    void bypassValidationEnumsAcceptUnlistedValues() {
        assertThat(http.post("/v1/widgets", "name=w&finish=satin").status()).isEqualTo(200);
    }

    @Test
    void emptyIndexAppends() {
        assertThat(http.post("/v1/widgets", "name=w&tags[]=a&tags[]=b").status())
                .isEqualTo(200);
    }

    @Test
    void scalarAndHashForTheSameKeyIsInvalid() {
        assertError(
                http.post("/v1/widgets", "name=w&settings=1&settings[mode]=fast"),
                "parameter_invalid",
                "settings[mode]");
    }

    @Test
    void queryParamsOfGetAreValidated() {
        assertThat(http.get("/v1/widgets?limit=2&created[gt]=5").status()).isEqualTo(200);
        assertThat(http.get("/v1/widgets?created=5").status()).isEqualTo(200);
        assertError(http.get("/v1/widgets?limit=ten"), "parameter_invalid_integer", "limit");
        assertError(http.get("/v1/widgets?created=soon"), "parameter_invalid_integer", "created");
        assertError(http.get("/v1/widgets?created[gte]=1"), "parameter_unknown", "created[gte]");
        assertError(http.get("/v1/widgets?colour=red"), "parameter_unknown", "colour");
        assertError(http.get("/v1/widgets/search"), "parameter_missing", "query");
    }

    @Test
    void deleteWithUnknownParamIsRejected() {
        assertError(http.delete("/v1/widgets/wid_1?force=true"), "parameter_unknown", "force");
    }

    @Test
    void jsonBodiesAreRefused() {
        Http.Response response = http.send(http.request("/v1/widgets")
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"w\"}"))
                .build());
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.error().path("type").asText()).isEqualTo("invalid_request_error");
    }

    static void assertError(Http.Response response, String code, String param) {
        assertThat(response.status()).as(response.json().toString()).isEqualTo(400);
        assertThat(response.error().path("type").asText()).isEqualTo("invalid_request_error");
        assertThat(response.error().path("code").asText())
                .as(response.json().toString())
                .isEqualTo(code);
        assertThat(response.error().path("param").asText())
                .as(response.json().toString())
                .isEqualTo(param);
    }
}
