package io.linecare.platform.tmf;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * TMF's {@code fields=a,b} attribute selection: only the named top-level attributes are returned,
 * plus {@code id}, {@code href} and {@code @type}, which every TMF resource always carries.
 */
@Component
public class TmfFields {

    private static final Set<String> ALWAYS = Set.of("id", "href", "@type");

    private final ObjectMapper objectMapper;

    public TmfFields(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public Object select(Object resource, String fields) {
        if (fields == null || fields.isBlank()) {
            return resource;
        }
        Set<String> keep = new LinkedHashSet<>(ALWAYS);
        keep.addAll(Arrays.stream(fields.split(",")).map(String::trim).filter(f -> !f.isEmpty())
                .collect(Collectors.toSet()));
        ObjectNode node = objectMapper.valueToTree(resource);
        node.retain(keep);
        return node;
    }

    public List<Object> selectAll(List<?> resources, String fields) {
        return resources.stream().map(resource -> select(resource, fields)).toList();
    }

}
