/**
 * Applying a plan: {@link io.github.roster.sync.apply.SyncApplier} executes it exactly once and verifies every
 * write; {@link io.github.roster.sync.apply.ApplyReport} shows where it stands.
 */
package io.github.roster.sync.apply;
