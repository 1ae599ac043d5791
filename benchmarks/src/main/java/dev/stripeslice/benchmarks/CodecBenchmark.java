package dev.stripeslice.benchmarks;

import com.stripe.net.ApiRequestParams;
import com.stripe.net.ApiResource;
import com.stripe.net.FormEncoder;
import dev.stripeslice.benchmarks.invoice.Invoice;
import dev.stripeslice.benchmarks.invoice.JsonReaders;
import dev.stripeslice.customersession.CustomerSession;
import dev.stripeslice.customersession.CustomerSessionCreateParams;
import dev.stripeslice.runtime.form.FormWriter;
import dev.stripeslice.runtime.json.JsonReads;
import dev.stripeslice.runtime.json.StripeJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Client codecs, ours versus stripe-java, each side doing what its client does per call.
 *
 * <p>Decoding the customer_session fixture and the (much larger) invoice fixture into the typed objects, from the
 * body as each client's HTTP layer hands it over: ours the generated readers over the UTF-8 bytes (as
 * {@code BodyReader}); stripe-java {@code ApiResource.INTERNAL_GSON.fromJson} over the body string its
 * {@code HttpURLConnectionClient} reads (as {@code StripeObject.deserializeStripeObject}).
 *
 * <p>Encoding the same create params to the form body: ours {@code params.writeForm(FormWriter)} then
 * {@code encode()} (as {@code StripeTransport}); stripe-java {@code ApiRequestParams.paramsToMap(params)} (as
 * {@code CustomerSessionService.create}) then {@code FormEncoder.createQueryString} (the same flattening and
 * escaping as its request body).
 */
@State(Scope.Benchmark)
@Warmup(iterations = CodecBenchmark.WARMUP_ITERATIONS, time = 1)
@Measurement(iterations = CodecBenchmark.MEASUREMENT_ITERATIONS, time = 1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CodecBenchmark {
    static final int WARMUP_ITERATIONS = 5;
    static final int MEASUREMENT_ITERATIONS = 5;

    private String json;
    private String invoiceJson;
    private byte[] jsonBytes;
    private byte[] invoiceBytes;
    private CustomerSessionCreateParams ourParams;
    private com.stripe.param.CustomerSessionCreateParams stripeParams;

    @Setup
    public void setUp() throws IOException {
        json = Fixture.customerSessionJson();
        invoiceJson = Fixture.invoiceJson();
        jsonBytes = json.getBytes(StandardCharsets.UTF_8);
        invoiceBytes = invoiceJson.getBytes(StandardCharsets.UTF_8);
        ourParams = OurParams.create();
        stripeParams = StripeJavaParams.create();
        String ours = encodeOurs();
        String theirs = encodeStripeJava();
        System.out.println("# form body, ours:        " + ours);
        System.out.println("# form body, stripe-java: " + theirs);
        if (!decodeOurs().clientSecret().equals(decodeStripeJava().getClientSecret())) {
            throw new IllegalStateException("the two decoders disagree");
        }
        if (!decodeInvoiceOurs().id().equals(decodeInvoiceStripeJava().getId())) {
            throw new IllegalStateException("the two invoice decoders disagree");
        }
    }

    @Benchmark
    public CustomerSession decodeOurs() throws IOException {
        return JsonReads.read(jsonBytes, dev.stripeslice.customersession.JsonReaders::readCustomerSession);
    }

    /** What a user decoding with {@code StripeJson.mapper()} gets (and what the client did before its readers). */
    @Benchmark
    public CustomerSession decodeWithMapper() throws IOException {
        return StripeJson.mapper().readValue(jsonBytes, CustomerSession.class);
    }

    @Benchmark
    public com.stripe.model.CustomerSession decodeStripeJava() {
        return ApiResource.INTERNAL_GSON.fromJson(json, com.stripe.model.CustomerSession.class);
    }

    @Benchmark
    public Invoice decodeInvoiceOurs() throws IOException {
        return JsonReads.read(invoiceBytes, JsonReaders::readInvoice);
    }

    @Benchmark
    public Invoice decodeInvoiceWithMapper() throws IOException {
        return StripeJson.mapper().readValue(invoiceBytes, Invoice.class);
    }

    @Benchmark
    public com.stripe.model.Invoice decodeInvoiceStripeJava() {
        return ApiResource.INTERNAL_GSON.fromJson(invoiceJson, com.stripe.model.Invoice.class);
    }

    @Benchmark
    public String encodeOurs() {
        FormWriter form = new FormWriter();
        ourParams.writeForm(form);
        return form.encode();
    }

    @Benchmark
    public String encodeStripeJava() {
        return FormEncoder.createQueryString(ApiRequestParams.paramsToMap(stripeParams));
    }
}
