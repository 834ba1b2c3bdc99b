package io.linecare.grouping.api;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.linecare.customer.ServiceType;
import io.linecare.grouping.GroupState;
import io.linecare.platform.tmf.TmfBadRequestException;
import io.linecare.platform.tmf.TmfFields;
import io.linecare.platform.tmf.TmfNotFoundException;
import io.linecare.platform.tmf.TmfPage;

/**
 * TMF656 serviceProblem, read side: complaint groups and incidents with their tickets, for any
 * authenticated staff user. Groups change only through the complaint-group process.
 */
@RestController
@RequestMapping(ServiceProblemReader.BASE)
public class ServiceProblemController {

    private final ServiceProblemReader reader;
    private final TmfFields fields;

    public ServiceProblemController(ServiceProblemReader reader, TmfFields fields) {
        this.reader = reader;
        this.fields = fields;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<List<Object>> list(@RequestParam(name = "status", required = false) String status,
                                             @RequestParam(name = "category", required = false) String category,
                                             @RequestParam(name = "fields", required = false) String selectedFields,
                                             @RequestParam(name = "offset", required = false) Integer offset,
                                             @RequestParam(name = "limit", required = false) Integer limit) {
        TmfPage page = TmfPage.of(offset, limit);
        List<GroupState> states = states(status);
        ServiceType serviceType = serviceType(category);
        return page.respond(fields.selectAll(reader.list(states, serviceType, page.offset(), page.limit()), selectedFields),
                reader.count(states, serviceType));
    }

    /** The group states shown as this TMF656 status; a status no group can have is a 400 naming the allowed ones. */
    static List<GroupState> states(String status) {
        if (status == null || status.isBlank()) {
            return List.of();
        }
        List<GroupState> states = Arrays.stream(GroupState.values()).filter(s -> s.tmfStatus().equals(status.trim())).toList();
        if (states.isEmpty()) {
            throw new TmfBadRequestException("invalidQuery", "status: '" + status + "' is not one of "
                    + Arrays.stream(GroupState.values()).map(GroupState::tmfStatus).distinct().sorted()
                            .collect(Collectors.joining(", ")));
        }
        return states;
    }

    static ServiceType serviceType(String category) {
        if (category == null || category.isBlank()) {
            return null;
        }
        try {
            return ServiceType.fromCode(category.trim());
        } catch (IllegalArgumentException unknown) {
            throw new TmfBadRequestException("invalidQuery", "category: '" + category
                    + "' is not a service type (broadband, voip, cable-tv)");
        }
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Object get(@PathVariable String id, @RequestParam(name = "fields", required = false) String selectedFields) {
        return fields.select(reader.find(id).orElseThrow(() -> new TmfNotFoundException("No service problem " + id)),
                selectedFields);
    }
}
