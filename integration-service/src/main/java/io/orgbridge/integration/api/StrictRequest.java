package io.orgbridge.integration.api;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A request body that records the names of fields it does not know, so that validation can reject
 * them together with every other error instead of dropping them silently.
 */
public abstract class StrictRequest {

    private final List<String> unknownFields = new ArrayList<>();

    @JsonAnySetter
    void unknownField(String name, Object ignored) {
        unknownFields.add(name);
    }

    @JsonIgnore
    public List<String> unknownFields() {
        return List.copyOf(unknownFields);
    }
}
