package dev.stripeslice.generator.name;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The naming rules, one table per rule. */
class NamingRulesTest {

    @ParameterizedTest
    @CsvSource({
        "payment_method_save, PaymentMethodSave",
        "issuing.card, IssuingCard",
        "p24, P24",
        "verifone_p400, VerifoneP400",
        "3d_secure, _3dSecure",
        "camelCase, CamelCase",
        "'', Value"
    })
    void pascal(String wire, String java) {
        assertThat(JavaNames.pascal(wire)).isEqualTo(java);
    }

    @ParameterizedTest
    @CsvSource({
        "expires_at, expiresAt",
        "default, default_",
        "class, class_",
        "record, record_",
        "object, object",
        "3d_secure, _3dSecure"
    })
    void fields(String wire, String java) {
        assertThat(MemberNames.field(wire)).isEqualTo(java);
    }

    @ParameterizedTest
    @CsvSource({"off_session, OFF_SESSION", "3d_secure, _3D_SECURE", "'', EMPTY", "en-GB, EN_GB"})
    void constants(String wire, String java) {
        assertThat(JavaNames.constant(wire)).isEqualTo(java);
    }

    @ParameterizedTest
    @CsvSource({
        "filters, filter",
        "categories, category",
        "addresses, address",
        "taxes, tax",
        "branches, branch",
        "status, statu",
        "address, address",
        "expand, expand"
    })
    void singular(String wire, String singular) {
        assertThat(JavaNames.singular(wire)).isEqualTo(singular);
    }

    @ParameterizedTest
    @CsvSource({
        "customer_session, customer_sessions",
        "tax_id, tax_ids",
        "balance_transaction, balance_transactions",
        "issuing.authorization, issuing.authorizations",
        "entry, entries",
        "key, keys",
        "address, addresses",
        "tax, taxes",
        "search, searches",
        "tax.settings, tax.settings",
        "funding_instructions, funding_instructions",
        "status, statuses",
        "address, addresses"
    })
    void plural(String wire, String plural) {
        assertThat(JavaNames.plural(wire)).isEqualTo(plural);
    }

    @ParameterizedTest
    @CsvSource({
        "/components/schemas/charge/properties/status, charge",
        "/paths/~1v1~1checkout~1sessions/post/requestBody, checkout_sessions",
        "/paths/~1v1~1customers~1{customer}~1tax_ids/get/parameters, customers_tax_ids"
    })
    void declaringPlace(String pointer, String place) {
        assertThat(TypeCandidates.declaringPlace(pointer)).isEqualTo(place);
    }

    @ParameterizedTest
    @CsvSource({
        "post, /v1/invoices, create",
        "get, /v1/invoices/{invoice}, retrieve",
        "post, /v1/invoices/{invoice}, update",
        "delete, /v1/invoices/{invoice}, delete",
        "get, /v1/invoices/search, search",
        "post, /v1/invoices/{invoice}/finalize, finalizeInvoice",
        "post, /v1/invoices/{invoice}/void, voidInvoice",
        "post, /v1/invoices/{invoice}/pay, pay",
        "get, /v1/invoices/{invoice}/lines, listLines"
    })
    void methodNames(String method, String path, String name) {
        boolean list = path.endsWith("/lines");
        assertThat(MethodNames.of("invoice", List.of(new MethodNames.Shape(path, method, "", list))))
                .containsExactly(name);
    }

    @Test
    void aFreeCandidateGoesToTheOnlyClaimThatWantsIt() {
        NameAllocator scope = new NameAllocator(true, List.of("Builder"));
        Map<String, String> names = scope.allocate(List.of(
                new NameAllocator.Claim<>("status", List.of("Status", "ChargeStatus")),
                new NameAllocator.Claim<>("builder", List.of("Builder", "ParamsBuilder"))));
        assertThat(names).containsExactly(Map.entry("status", "Status"), Map.entry("builder", "ParamsBuilder"));
    }

    @Test
    void rivalsAllMoveOnSoThatNoneGetsTheNameByBeingFirst() {
        NameAllocator scope = new NameAllocator(true, List.of());
        Map<String, String> names = scope.allocate(List.of(
                new NameAllocator.Claim<>("card", List.of("Network", "CardNetwork")),
                new NameAllocator.Claim<>("link", List.of("Network", "LinkNetwork"))));
        assertThat(names.values()).containsExactly("CardNetwork", "LinkNetwork");
    }

    @Test
    void aRivalWithoutAlternativeKeepsTheNameAndTheOthersMoveOn() {
        NameAllocator scope = new NameAllocator(true, List.of());
        Map<String, String> names = scope.allocate(List.of(
                new NameAllocator.Claim<>("nested", List.of("Address", "CustomerAddress")),
                new NameAllocator.Claim<>("record", List.of("Address"))));
        assertThat(names.values()).containsExactly("CustomerAddress", "Address");
    }

    @Test
    void typeScopesIgnoreCaseBecauseClassFilesDo() {
        NameAllocator scope = new NameAllocator(true, List.of("FooBar"));
        assertThat(scope.isFree("Foobar")).isFalse();
        NameAllocator members = new NameAllocator(false, List.of("fooBar"));
        assertThat(members.isFree("foobar")).isTrue();
    }

    @Test
    void twinsMustBeFreeToo() {
        NameAllocator scope = new NameAllocator(true, List.of("HttpCustomersClient"));
        String name = scope.allocate(new NameAllocator.Claim<>(
                "client", List.of("CustomersClient", "CustomerResourceClient"), List.of("Http")));
        assertThat(name).isEqualTo("CustomerResourceClient");
        assertThat(scope.isFree("HttpCustomerResourceClient")).isFalse();
    }

    @Test
    void onlyAClaimOutOfCandidatesIsNumbered() {
        NameAllocator scope = new NameAllocator(true, List.of("Status"));
        assertThat(scope.allocate(new NameAllocator.Claim<>("x", List.of("Status"))))
                .isEqualTo("Status2");
    }

    @ParameterizedTest
    @CsvSource({
        "Locale",
        "Currency",
        "List",
        "Map",
        "Optional",
        "Date",
        "Duration",
        "Instant",
        "Object",
        "String",
        "Record",
        "Class",
        "Error",
        "Exception",
        "StripeClient",
        "Expandable"
    })
    void topLevelNamesStayClearOfJavaAndRuntimeTypes(String name) {
        assertThat(ReservedNames.TOP_LEVEL).contains(name);
    }

    @ParameterizedTest
    @CsvSource({"builder", "toBuilder", "hashCode", "getClass"})
    void everyRecordKeepsItsOwnMembers(String name) {
        assertThat(ReservedNames.RECORD_MEMBERS).contains(name);
    }

    @ParameterizedTest
    @CsvSource({"extraParams", "clearedFields", "writeForm", "build", "putExtraParam"})
    void paramsKeepTheirMembers(String name) {
        assertThat(ReservedNames.PARAMS_MEMBERS).contains(name);
    }

    @Test
    void responsesKeepTheirExtrasAndBuild() {
        assertThat(ReservedNames.RESPONSE_MEMBERS).containsExactlyInAnyOrder("extras", "build");
    }
}
