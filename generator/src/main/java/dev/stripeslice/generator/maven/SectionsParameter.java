package dev.stripeslice.generator.maven;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoFailureException;
import org.jspecify.annotations.Nullable;

/**
 * The {@code <sections>} parameter as written in a POM or on the command line: {@code <section>} elements, or one
 * comma-separated value ({@code <sections>customer, checkout.session</sections>},
 * {@code -Dstripe-slice.sections=customer,checkout.session}). Ids are trimmed and duplicates dropped. It has no
 * default: which part of Stripe's API to generate is the one decision the plugin cannot guess.
 */
final class SectionsParameter {
    private SectionsParameter() {}

    static List<String> resourceIds(@Nullable List<String> configured) throws MojoFailureException {
        Set<String> ids = new LinkedHashSet<>();
        if (configured != null) {
            for (String value : configured) {
                for (String id : value == null ? new String[0] : value.split(",")) {
                    if (!id.isBlank()) {
                        ids.add(id.strip());
                    }
                }
            }
        }
        if (ids.isEmpty()) {
            throw new MojoFailureException("stripe-slice: no sections to generate. Name the Stripe resource ids"
                    + " (x-resourceId in the spec) in the plugin's <configuration>, e.g. <sections><section>customer"
                    + "</section><section>checkout.session</section></sections>, or with"
                    + " -Dstripe-slice.sections=customer,checkout.session");
        }
        return new ArrayList<>(ids);
    }
}
