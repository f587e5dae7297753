package io.github.roster.sandbox;

/**
 * Where a request goes: the spec operation whose template and method it matched, with the path variables.
 *
 * @param operation the operation
 * @param parameters the path variables, by name
 */
record Route(SpecOperation operation, PathParameters parameters) {
}
