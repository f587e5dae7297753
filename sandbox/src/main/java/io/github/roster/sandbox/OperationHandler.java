package io.github.roster.sandbox;

/**
 * Answers one spec operation, registered by its {@code operationId} in {@link OperationHandlers}. The request
 * has already been authenticated, routed, pre-checked by its vendor and validated against the operation's spec
 * entry; a handler never validates again, it only applies the request to the {@link SandboxState}.
 */
interface OperationHandler {

    /**
     * @param request the validated request; {@link SandboxRequest#form()} holds a multipart body's fields
     * @param parameters the path variables, by the names the spec template gives them
     * @return the response
     */
    SandboxResponse handle(SandboxRequest request, PathParameters parameters);
}
