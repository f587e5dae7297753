/**
 * Implementation shared by the planner and the executor: what a target holds, read once the same way for both.
 * Not public API (excluded from javadoc); nothing outside {@code io.github.roster.sync} may use it.
 */
package io.github.roster.sync.internal;
