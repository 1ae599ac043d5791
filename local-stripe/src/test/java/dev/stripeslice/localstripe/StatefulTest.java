package dev.stripeslice.localstripe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stripeslice.localstripe.notes.NotesClient;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stateful mode (the default) on a small spec of notes: what was created is what retrieve, update, list see. */
class StatefulTest {
    private static LocalStripe stripe;
    private static Http http;

    @BeforeAll
    static void start() {
        stripe = LocalStripe.start(StatefulTest.class.getResourceAsStream("/" + NotesClient.SPEC));
        http = new Http(stripe);
    }

    @AfterAll
    static void stop() {
        stripe.close();
    }

    @BeforeEach
    void reset() {
        stripe.reset();
    }

    private static String create(String form) {
        Http.Response created = http.post("/v1/notes", form);
        assertThat(created.status()).as(created.json().toString()).isEqualTo(200);
        return created.json().path("id").asText();
    }

    @Test
    void retrieveAnswersWhatCreateStored() {
        Http.Response created = http.post("/v1/notes", "title=First&email=a%40example.com&metadata[team]=blue");
        String id = created.json().path("id").asText();

        JsonNode retrieved = http.get("/v1/notes/" + id).json();
        assertThat(id).startsWith("note_");
        assertThat(retrieved).isEqualTo(created.json());
        assertThat(retrieved.path("title").asText()).isEqualTo("First");
        assertThat(retrieved.path("metadata").path("team").asText()).isEqualTo("blue");
        assertThat(retrieved.path("body").isNull()).isTrue();
    }

    @Test
    void identicalCreatesGetDifferentIds() {
        assertThat(create("title=Same")).isNotEqualTo(create("title=Same"));
    }

    @Test
    void anUnknownIdIsStripesResourceMissing() {
        for (Http.Response response : List.of(
                http.get("/v1/notes/note_nope"),
                http.post("/v1/notes/note_nope", "title=x"),
                http.delete("/v1/notes/note_nope"),
                http.post("/v1/notes/note_nope/archive", ""))) {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.error().path("type").asText()).isEqualTo("invalid_request_error");
            assertThat(response.error().path("code").asText()).isEqualTo("resource_missing");
            assertThat(response.error().path("param").asText()).isEqualTo("id");
            assertThat(response.error().path("message").asText()).isEqualTo("No such note: 'note_nope'");
        }
    }

    @Test
    void updateSetsClearsAndMergesMetadata() {
        String id = create("title=Draft&body=text&email=a%40example.com&metadata[keep]=1&metadata[drop]=2");

        JsonNode updated = http.post("/v1/notes/" + id, "title=Final&body=&metadata[drop]=&metadata[new]=3&priority=2")
                .json();

        assertThat(updated.path("title").asText()).isEqualTo("Final");
        assertThat(updated.path("body").isNull()).as("body= clears").isTrue();
        assertThat(updated.path("email").asText()).as("untouched").isEqualTo("a@example.com");
        assertThat(updated.path("priority").asInt()).isEqualTo(2);
        assertThat(updated.path("metadata")).hasToString("{\"keep\":\"1\",\"new\":\"3\"}");
        assertThat(http.get("/v1/notes/" + id).json()).isEqualTo(updated);

        JsonNode cleared = http.post("/v1/notes/" + id, "metadata=").json();
        assertThat(cleared.path("metadata").isEmpty()).isTrue();
        assertThat(cleared.path("title").asText()).isEqualTo("Final");
    }

    @Test
    void deleteRemovesTheObject() {
        String id = create("title=Gone");

        JsonNode deleted = http.delete("/v1/notes/" + id).json();

        assertThat(deleted.path("id").asText()).isEqualTo(id);
        assertThat(deleted.path("deleted").asBoolean()).isTrue();
        assertThat(http.get("/v1/notes/" + id).status()).isEqualTo(404);
        assertThat(http.get("/v1/notes").json().path("data")).isEmpty();
    }

    @Test
    void listsPageNewestFirstOverWhatWasStored() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(create("title=n" + i));
        }
        List<String> newestFirst = new ArrayList<>(created);
        java.util.Collections.reverse(newestFirst);

        JsonNode first = http.get("/v1/notes?limit=2").json();
        JsonNode second = http.get(
                        "/v1/notes?limit=2&starting_after=" + ids(first).get(1))
                .json();
        JsonNode third = http.get(
                        "/v1/notes?limit=2&starting_after=" + ids(second).get(1))
                .json();
        JsonNode back =
                http.get("/v1/notes?limit=2&ending_before=" + ids(third).get(0)).json();

        assertThat(ids(first)).containsExactlyElementsOf(newestFirst.subList(0, 2));
        assertThat(first.path("has_more").asBoolean()).isTrue();
        assertThat(ids(second)).containsExactlyElementsOf(newestFirst.subList(2, 4));
        assertThat(ids(third)).containsExactly(newestFirst.get(4));
        assertThat(third.path("has_more").asBoolean()).isFalse();
        assertThat(ids(back)).containsExactlyElementsOf(newestFirst.subList(2, 4));
        assertThat(back.path("has_more").asBoolean())
                .as("older pages exist before it")
                .isTrue();
        assertThat(first.path("url").asText()).isEqualTo("/v1/notes");
    }

    @Test
    void listFiltersByScalarParams() {
        String mine = create("title=Mine&email=me%40example.com");
        create("title=Theirs&email=them%40example.com");

        assertThat(ids(http.get("/v1/notes?email=me%40example.com").json())).containsExactly(mine);
    }

    @Test
    void searchMatchesSimpleQueries() {
        String blue = create("title=Blue+one&email=blue%40example.com&metadata[team]=blue&priority=3");
        String red = create("title=Red+one&email=red%40example.com&metadata[team]=red&priority=1");

        assertThat(search("email:'blue@example.com'")).containsExactly(blue);
        assertThat(search("metadata['team']:'red'")).containsExactly(red);
        assertThat(search("title~'one' AND priority>2")).containsExactly(blue);
        assertThat(search("email:'red@example.com' OR metadata['team']:\"blue\""))
                .containsExactly(red, blue);
        assertThat(search("-metadata['team']:'red'")).containsExactly(blue);
        assertThat(search("body:null AND title:'nothing'")).isEmpty();

        Http.Response invalid = http.get("/v1/notes/search?query=" + encode("email:unquoted"));
        ValidationTest.assertError(invalid, "parameter_invalid_string", "query");
    }

    @Test
    void searchPagesWithNextPage() {
        for (int i = 0; i < 3; i++) {
            create("title=t" + i + "&metadata[batch]=a");
        }
        JsonNode first = http.get("/v1/notes/search?limit=2&query=" + encode("metadata['batch']:'a'"))
                .json();
        JsonNode second = http.get("/v1/notes/search?limit=2&query=" + encode("metadata['batch']:'a'") + "&page="
                        + first.path("next_page").asText())
                .json();

        assertThat(first.path("object").asText()).isEqualTo("search_result");
        assertThat(ids(first)).hasSize(2);
        assertThat(first.path("has_more").asBoolean()).isTrue();
        assertThat(ids(second)).hasSize(1).doesNotContainAnyElementsOf(ids(first));
        assertThat(second.path("next_page").isNull()).isTrue();
    }

    @Test
    void anActionUpdatesTheStoredObject() {
        String id = create("title=Old");

        JsonNode archived = http.post("/v1/notes/" + id + "/archive", "").json();

        assertThat(archived.path("id").asText()).isEqualTo(id);
        assertThat(archived.path("title").asText()).isEqualTo("Old");
    }

    @Test
    void expandingAnIdOfAResourceTheApiCannotCreateSynthesisesIt() {
        String id = create("title=By&author=auth_1");

        JsonNode note = http.get("/v1/notes/" + id + "?expand[0]=author").json();

        assertThat(note.path("author").path("id").asText()).isEqualTo("auth_1");
        assertThat(note.path("author").path("object").asText()).isEqualTo("author");
        assertThat(http.get("/v1/notes/" + id).json().path("author").asText())
                .as("stored as an id")
                .isEqualTo("auth_1");
        assertThat(http.get("/v1/authors/auth_9").json().path("id").asText())
                .as("resources the API cannot create are answered statelessly")
                .isEqualTo("auth_9");
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstAnswer() {
        Http.Response first = http.send(idempotent("key-1", "title=Once"));
        Http.Response replay = http.send(idempotent("key-1", "title=Once"));

        assertThat(replay.json()).isEqualTo(first.json());
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(http.get("/v1/notes").json().path("data")).hasSize(1);
    }

    @Test
    void theSameKeyWithOtherParamsIsAnIdempotencyError() {
        http.send(idempotent("key-2", "title=Once"));

        Http.Response other = http.send(idempotent("key-2", "title=Twice"));

        assertThat(other.status()).isEqualTo(400);
        assertThat(other.error().path("type").asText()).isEqualTo("idempotency_error");
        assertThat(other.error().path("message").asText()).contains("key-2");
        assertThat(http.get("/v1/notes").json().path("data")).hasSize(1);
    }

    @Test
    void aFailedRequestIsNotKeptForItsKey() {
        Http.Response invalid = http.send(idempotent("key-3", "colour=red"));
        Http.Response valid = http.send(idempotent("key-3", "title=Fixed"));

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(valid.status()).isEqualTo(200);
        assertThat(valid.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void resetForgetsObjectsAndKeys() {
        String id = create("title=Before");
        http.send(idempotent("key-4", "title=Before"));

        stripe.reset();

        assertThat(http.get("/v1/notes/" + id).status()).isEqualTo(404);
        assertThat(http.send(idempotent("key-4", "title=After")).status()).isEqualTo(200);
        assertThat(stripe.requests()).hasSize(2);
    }

    @Test
    void statelessModeAnswersAnyId() {
        try (LocalStripe stateless = LocalStripe.start(StatefulTest.class.getResourceAsStream("/" + NotesClient.SPEC))
                .stateless()) {
            Http.Response response = new Http(stateless).get("/v1/notes/note_anything");

            assertThat(stateless.isStateful()).isFalse();
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().path("id").asText()).isEqualTo("note_anything");
        }
    }

    private static HttpRequest idempotent(String key, String form) {
        return http.request("/v1/notes")
                .header("Idempotency-Key", key)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
    }

    private static List<String> search(String query) {
        Http.Response response = http.get("/v1/notes/search?query=" + encode(query));
        assertThat(response.status()).as(response.json().toString()).isEqualTo(200);
        return ids(response.json());
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.path("data").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
