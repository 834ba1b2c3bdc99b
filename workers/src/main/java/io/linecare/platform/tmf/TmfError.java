package io.linecare.platform.tmf;

import com.fasterxml.jackson.annotation.JsonInclude;

/** TMF630 error body: {@code code} and {@code reason} always, {@code message} with the detail. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TmfError(String code, String reason, String message, String status) {
}
