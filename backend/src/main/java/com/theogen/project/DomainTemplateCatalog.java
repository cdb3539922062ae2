package com.theogen.project;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.theogen.shared.DomainException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The domain templates shipped with TheoGen ({@code theogen/domain-templates.json}), in display order. */
@Component
public class DomainTemplateCatalog {

    public static final String DEFAULT_KEY = "generic";
    private static final String RESOURCE = "theogen/domain-templates.json";

    private final Map<String, DomainTemplate> templates;
    private final List<DomainTemplate> ordered;

    public DomainTemplateCatalog() {
        ObjectMapper mapper = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            List<DomainTemplate> list = mapper.readValue(in, new TypeReference<>() {});
            Map<String, DomainTemplate> byKey = new LinkedHashMap<>();
            list.forEach(t -> byKey.put(t.key(), t));
            this.templates = Map.copyOf(byKey);
            this.ordered = List.copyOf(list);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    public List<DomainTemplate> all() {
        return ordered;
    }

    public Optional<DomainTemplate> find(String key) {
        return Optional.ofNullable(key).map(templates::get);
    }

    /** @throws DomainException {@code UNKNOWN_DOMAIN_TEMPLATE} (400) naming the valid keys */
    public DomainTemplate require(String key) {
        return find(key)
                .orElseThrow(() -> DomainException.invalid(
                        "UNKNOWN_DOMAIN_TEMPLATE",
                        "Unknown domain template '" + key + "'; expected one of "
                                + templates.keySet().stream().sorted().toList()));
    }
}
