package io.github.roster.sandbox;

import java.util.regex.Pattern;

/**
 * One operation the sandbox serves.
 *
 * @param api the vendor API it belongs to
 * @param method the HTTP method
 * @param path the path template as a regular expression, one group per path variable
 * @param endpoint what answers it
 */
record Route(VendorApi api, String method, Pattern path, Endpoint endpoint) {
}
