package dev.stripeslice.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stripeslice.runtime.form.FormParams;
import dev.stripeslice.runtime.form.FormWriter;
import dev.stripeslice.runtime.form.PathSegments;
import dev.stripeslice.runtime.json.JsonExtras;
import dev.stripeslice.runtime.json.StripeJson;
import dev.stripeslice.runtime.pages.AutoPagingIterable;
import dev.stripeslice.runtime.pages.StripeList;
import dev.stripeslice.runtime.pages.StripeSearchResult;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Auto-pagination over fake pages: laziness, cursors, params kept, and the page records' lossless codec. */
class AutoPagingIterableTest {
    private static final ObjectMapper MAPPER = StripeJson.mapper();

    /** Params as a caller would set them: a limit, a filter, and possibly a cursor. */
    private record Params(
            @Nullable String endingBefore, @Nullable String startingAfter) implements FormParams {
        @Override
        public void writeForm(FormWriter form) {
            form.put("created", java.util.Map.of("gte", 5L))
                    .put("ending_before", endingBefore)
                    .put("limit", 2L)
                    .put("starting_after", startingAfter);
        }
    }

    private static String encode(@Nullable FormParams params) {
        FormWriter writer = new FormWriter();
        if (params != null) {
            params.writeForm(writer);
        }
        return writer.encode();
    }

    /** Pages of 2 over ids 0..4, answering to starting_after/ending_before like Stripe. */
    private static final class FakeList implements Function<@Nullable FormParams, StripeList<JsonNode>> {
        final List<String> queries = new ArrayList<>();

        @Override
        public StripeList<JsonNode> apply(@Nullable FormParams params) {
            String query = encode(params);
            queries.add(query);
            int from = 0;
            int to = 2;
            for (String pair : query.split("&")) {
                if (pair.startsWith("starting_after=")) {
                    from = Integer.parseInt(pair.substring(pair.length() - 1)) + 1;
                    to = Math.min(5, from + 2);
                } else if (pair.startsWith("ending_before=")) {
                    to = Integer.parseInt(pair.substring(pair.length() - 1));
                    from = Math.max(0, to - 2);
                }
            }
            List<JsonNode> data = new ArrayList<>();
            for (int i = from; i < to; i++) {
                data.add(MAPPER.createObjectNode().put("id", "cus_" + i));
            }
            boolean backwards = query.contains("ending_before=");
            return new StripeList<>("list", data, backwards ? from > 0 : to < 5, "/v1/customers", JsonExtras.empty());
        }
    }

    @Test
    void fetchesLazilyAndKeepsTheParams() {
        FakeList pages = new FakeList();
        AutoPagingIterable<JsonNode> all = AutoPagingIterable.list(new Params(null, null), pages);
        assertThat(pages.queries).isEmpty();

        Iterator<JsonNode> items = all.iterator();
        items.next();
        items.next();
        assertThat(pages.queries).hasSize(1);
        items.next();
        assertThat(pages.queries).hasSize(2);

        List<String> ids = all.stream().map(item -> item.path("id").asText()).collect(Collectors.toList());
        assertThat(ids).containsExactly("cus_0", "cus_1", "cus_2", "cus_3", "cus_4");
        assertThat(pages.queries.subList(2, 5))
                .containsExactly(
                        "created[gte]=5&limit=2",
                        "created[gte]=5&limit=2&starting_after=cus_1",
                        "created[gte]=5&limit=2&starting_after=cus_3");
    }

    @Test
    void pagesBackwardsFromEndingBefore() {
        FakeList pages = new FakeList();
        List<String> ids = AutoPagingIterable.list(new Params("cus_5", null), pages).stream()
                .map(item -> item.path("id").asText())
                .collect(Collectors.toList());

        assertThat(ids).containsExactly("cus_3", "cus_4", "cus_1", "cus_2", "cus_0");
        assertThat(pages.queries)
                .containsExactly(
                        "created[gte]=5&ending_before=cus_5&limit=2",
                        "created[gte]=5&ending_before=cus_3&limit=2",
                        "created[gte]=5&ending_before=cus_1&limit=2");
    }

    @Test
    void searchFollowsNextPageAndStopsOnTheLastPage() {
        List<String> queries = new ArrayList<>();
        AutoPagingIterable<JsonNode> all = AutoPagingIterable.search(null, params -> {
            String query = encode(params);
            queries.add(query);
            boolean first = query.isEmpty();
            List<JsonNode> data = List.of(MAPPER.createObjectNode().put("id", first ? "a" : "b"));
            return new StripeSearchResult<>(
                    "search_result", data, first, first ? "tok_2" : null, "/v1/x/search", null, JsonExtras.empty());
        });

        assertThat(all).extracting(item -> item.path("id").asText()).containsExactly("a", "b");
        assertThat(queries).containsExactly("", "page=tok_2");
    }

    @Test
    void pageRecordsDecodeTypedAndWriteBackUnchanged() throws Exception {
        String json = "{\"object\":\"list\",\"data\":[{\"id\":\"cus_1\",\"x\":1}],\"has_more\":true,"
                + "\"url\":\"/v1/customers\",\"future_field\":{\"a\":[1,2]}}";
        StripeList<JsonNode> page = MAPPER.readValue(json, new TypeReference<StripeList<JsonNode>>() {});

        assertThat(page.hasMore()).isTrue();
        assertThat(page.data().get(0).path("id").asText()).isEqualTo("cus_1");
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(page))).isEqualTo(MAPPER.readTree(json));

        String search = "{\"object\":\"search_result\",\"data\":[],\"has_more\":false,\"next_page\":null,"
                + "\"url\":\"/v1/customers/search\",\"total_count\":0}";
        StripeSearchResult<JsonNode> result =
                MAPPER.readValue(search, new TypeReference<StripeSearchResult<JsonNode>>() {});
        assertThat(result.nextPage()).isNull();
        assertThat(result.totalCount()).isZero();
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(result))).isEqualTo(MAPPER.readTree(search));
    }

    @Test
    void dotSegmentsCannotMoveUpThePath() {
        assertThat(PathSegments.encode("..")).isEqualTo("%2E%2E");
        assertThat(PathSegments.encode(".")).isEqualTo("%2E");
        assertThat(PathSegments.encode("a.b")).isEqualTo("a.b");
    }
}
