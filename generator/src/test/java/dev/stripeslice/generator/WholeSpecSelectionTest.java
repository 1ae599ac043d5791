package dev.stripeslice.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stripeslice.generator.emit.GeneratedFile;
import dev.stripeslice.generator.model.ApiModel;
import dev.stripeslice.generator.model.ObjectType;
import dev.stripeslice.generator.model.Property;
import dev.stripeslice.generator.model.TypeRef;
import dev.stripeslice.generator.spec.LoadedSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Selecting sections out of Stripe's whole 2024-04-10 spec: unknown ids, and several ids at once. */
class WholeSpecSelectionTest {
    private static final String SPEC = "spec3.2024-04-10.json";

    @Test
    void anUnknownIdListsTheClosestIdsFirst() throws Exception {
        LoadedSpec spec = WholeSpecs.load(SPEC);
        assertThatThrownBy(() -> new Generator().model(WholeSpecs.request(SPEC, List.of("customer_sesion"), "p"), spec))
                .isInstanceOfSatisfying(SpecException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    Problem problem = e.problems().get(0);
                    assertThat(problem.code()).isEqualTo("SS010");
                    assertThat(problem.file()).isEqualTo(SPEC);
                    assertThat(problem.message()).contains("\"customer_sesion\"");
                    assertThat(problem.hint())
                            .contains("151 resource ids")
                            .contains("closest: customer_session (/v1/customer_sessions), customer (/v1/customers), ");
                });
    }

    @Test
    void everyUnknownIdIsReportedTogether() throws Exception {
        LoadedSpec spec = WholeSpecs.load(SPEC);
        assertThatThrownBy(() -> new Generator()
                        .model(
                                WholeSpecs.request(
                                        SPEC, List.of("customer_session", "chekout.session", "invoices"), "p"),
                                spec))
                .isInstanceOfSatisfying(SpecException.class, e -> {
                    assertThat(e.problems()).extracting(Problem::code).containsExactly("SS010", "SS010");
                    assertThat(e.problems().get(0).hint())
                            .contains("closest: checkout.session (/v1/checkout/sessions)");
                    assertThat(e.problems().get(1).hint()).contains("closest: invoice (/v1/invoices),");
                });
    }

    @Test
    void anUnknownIdThatIsAPathSegmentSaysWhichSectionsHoldThosePaths() throws Exception {
        LoadedSpec spec = WholeSpecs.load(SPEC);
        assertThatThrownBy(() -> new Generator().model(WholeSpecs.request(SPEC, List.of("line_items"), "p"), spec))
                .isInstanceOfSatisfying(
                        SpecException.class,
                        e -> assertThat(e.problems().get(0).hint())
                                .startsWith("Paths with \"line_items\": ")
                                .contains("/v1/checkout/sessions/{session}/line_items (section checkout.session)")
                                .contains("/v1/quotes/{quote}/line_items (section quote)"));
        assertThatThrownBy(() -> new Generator().model(WholeSpecs.request(SPEC, List.of("tax_ids"), "p"), spec))
                .isInstanceOfSatisfying(
                        SpecException.class,
                        e -> assertThat(e.problems().get(0).hint())
                                .contains("/v1/tax_ids (section tax_id)")
                                .contains("/v1/customers/{customer}/tax_ids (section customer)"));
    }

    @Test
    void aloneTheCustomerIsAnExpandableOfUntypedJson() throws Exception {
        ApiModel model = model(List.of("customer_session"));
        assertThat(customerOf(model).target()).isNull();
        assertThat(model.clients()).extracting(c -> c.resourceId()).containsExactly("customer_session");
    }

    @Test
    void selectingTheCustomerTooTypesTheExpandable() throws Exception {
        ApiModel model = model(List.of("customer_session", "customer"));
        ObjectType target = customerOf(model).target();
        assertThat(target).isNotNull();
        assertThat(target.pointer()).isEqualTo("/components/schemas/customer");
        assertThat(model.clients()).extracting(c -> c.resourceId()).containsExactly("customer_session", "customer");

        List<GeneratedFile> files = new Generator()
                .generateSources(
                        WholeSpecs.request(SPEC, List.of("customer_session", "customer"), "com.example.stripe"),
                        WholeSpecs.load(SPEC));
        assertThat(files)
                .filteredOn(f -> f.relativePath().endsWith("/CustomerSession.java"))
                .singleElement()
                .satisfies(f -> assertThat(f.content()).contains("Expandable<Customer> customer"));
    }

    private static ApiModel model(List<String> ids) throws Exception {
        return new Generator().model(WholeSpecs.request(SPEC, ids, "com.example.stripe"), WholeSpecs.load(SPEC));
    }

    private static TypeRef.Expandable customerOf(ApiModel model) {
        ObjectType session = model.types().stream()
                .filter(t -> t.pointer().equals("/components/schemas/customer_session"))
                .findFirst()
                .orElseThrow();
        Property customer = session.properties().stream()
                .filter(p -> p.wireName().equals("customer"))
                .findFirst()
                .orElseThrow();
        assertThat(customer.type()).isInstanceOf(TypeRef.Expandable.class);
        return (TypeRef.Expandable) customer.type();
    }
}
