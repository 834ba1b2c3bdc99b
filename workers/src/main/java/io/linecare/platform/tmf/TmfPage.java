package io.linecare.platform.tmf;

import java.util.List;

import org.springframework.http.ResponseEntity;

/** TMF list paging: {@code offset} and {@code limit}, answered with X-Total-Count and X-Result-Count. */
public record TmfPage(int offset, int limit) {

    public static final int MAX_LIMIT = 500;

    public static TmfPage of(Integer offset, Integer limit) {
        int checkedOffset = offset == null ? 0 : offset;
        int checkedLimit = limit == null ? 100 : limit;
        if (checkedOffset < 0) {
            throw new TmfBadRequestException("invalidParameter", "offset must be 0 or more");
        }
        if (checkedLimit < 1 || checkedLimit > MAX_LIMIT) {
            throw new TmfBadRequestException("invalidParameter", "limit must be between 1 and " + MAX_LIMIT);
        }
        return new TmfPage(checkedOffset, checkedLimit);
    }

    public <T> ResponseEntity<List<T>> respond(List<T> items, long total) {
        return ResponseEntity.ok()
                .header("X-Total-Count", String.valueOf(total))
                .header("X-Result-Count", String.valueOf(items.size()))
                .body(items);
    }
}
