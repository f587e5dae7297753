package io.github.roster.sandbox;

import java.util.List;

/** One vendor operation: answers a request that is already authenticated and routed to it. */
interface Endpoint {

    /**
     * @param request the request
     * @param pathParameters the values of the path template's variables, in template order
     * @return the response
     */
    SandboxResponse handle(SandboxRequest request, List<String> pathParameters);
}
