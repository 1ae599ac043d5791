package dev.stripeslice.localstripe;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecordingTest {
    private final LocalStripe stripe = Http.widgets();
    private final Http http = new Http(stripe);

    @AfterEach
    void close() {
        stripe.close();
    }

    @Test
    void recordsEverythingInArrivalOrder() {
        http.post("/v1/widgets", "name=a%20b&settings%5Bmode%5D=fast&tags[0]=x&tags[1]=y");
        http.get("/v1/widgets?limit=3&expand[0]=data.customer");
        http.get("/v1/nowhere");

        List<RecordedRequest> requests = stripe.requests();
        assertThat(requests).extracting(RecordedRequest::method).containsExactly("POST", "GET", "GET");
        RecordedRequest post = requests.get(0);
        assertThat(post.path()).isEqualTo("/v1/widgets");
        assertThat(post.rawQuery()).isEmpty();
        assertThat(post.body()).isEqualTo("name=a%20b&settings%5Bmode%5D=fast&tags[0]=x&tags[1]=y");
        assertThat(post.formParams())
                .containsExactly(
                        Map.entry("name", "a b"), Map.entry("settings[mode]", "fast"),
                        Map.entry("tags[0]", "x"), Map.entry("tags[1]", "y"));
        assertThat(post.formParam("settings[mode]")).isEqualTo("fast");
        assertThat(post.formParam("missing")).isNull();
        assertThat(post.header("authorization")).isEqualTo("Bearer " + Http.KEY);
        assertThat(post.header("CONTENT-TYPE")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(post.headers().get("Content-type")).containsExactly("application/x-www-form-urlencoded");

        RecordedRequest get = requests.get(1);
        assertThat(get.rawQuery()).isEqualTo("limit=3&expand[0]=data.customer");
        assertThat(get.formParams()).containsExactly(Map.entry("limit", "3"), Map.entry("expand[0]", "data.customer"));
        assertThat(requests.get(2).path()).isEqualTo("/v1/nowhere");
    }

    @Test
    void snapshotIsImmutableAndClearable() {
        http.post("/v1/widgets", "name=w");
        List<RecordedRequest> snapshot = stripe.requests();
        http.post("/v1/widgets", "name=w");

        assertThat(snapshot).hasSize(1);
        assertThat(stripe.requests()).hasSize(2);
        stripe.clearRequests();
        assertThat(stripe.requests()).isEmpty();
    }

    @Test
    void servesManyConcurrentClients() throws Exception {
        int threads = 64;
        int perThread = 5;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                calls.add(() -> {
                    Http own = new Http(stripe, HttpClient.newHttpClient());
                    int ok = 0;
                    for (int i = 0; i < perThread; i++) {
                        Http.Response response = own.post("/v1/widgets", "name=t" + thread + "&count=" + i);
                        if (response.status() == 200
                                && response.json().path("count").asInt() == i) {
                            ok++;
                        }
                    }
                    return ok;
                });
            }
            int ok = 0;
            for (Future<Integer> result : pool.invokeAll(calls)) {
                ok += result.get();
            }
            assertThat(ok).isEqualTo(threads * perThread);
            assertThat(stripe.requests()).hasSize(threads * perThread);
        } finally {
            pool.shutdownNow();
        }
    }
}
