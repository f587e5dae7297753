package io.github.roster.sandbox;

import io.github.roster.specs.RosterSpec;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import java.util.Optional;

/**
 * One operation of one spec, as the spec declares it.
 *
 * @param spec the spec document it belongs to
 * @param operationId its {@code operationId}, the key of its handler
 * @param method its HTTP method
 * @param path its path template
 * @param operation the parsed operation (parameters, body, responses)
 */
record SpecOperation(RosterSpec spec, String operationId, PathItem.HttpMethod method, PathTemplate path,
        Operation operation) {

    static final String MULTIPART_FORM = "multipart/form-data";

    /** Whether the spec declares a request body for it. */
    boolean declaresBody() {
        return operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                && !operation.getRequestBody().getContent().isEmpty();
    }

    /** The body the spec declares for a media type, e.g. {@link #MULTIPART_FORM}. */
    Optional<MediaType> body(String mediaType) {
        return declaresBody()
                ? Optional.ofNullable(operation.getRequestBody().getContent().get(mediaType))
                : Optional.empty();
    }

    /** {@code PATCH /hq/v1/accounts/{account_id}/users/{user_id} (updateAccountUser)}. */
    String describe() {
        return method + " " + path.text() + " (" + operationId + ")";
    }
}
