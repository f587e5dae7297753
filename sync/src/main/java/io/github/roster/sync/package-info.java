/**
 * Keeps BIM 360, ACC and Procore in step with an HR export, like {@code terraform plan} and {@code apply}.
 *
 * <p>A {@link io.github.roster.sync.Plan} is the difference between the HR export (the desired state) and what
 * each target holds (the actual state): a list of {@link io.github.roster.sync.PlannedAction}s a person can review.
 * Planning reads and never writes. Applying executes exactly the actions of one plan, verifies every write by
 * reading it back, and records each action in a {@link io.github.roster.sync.journal.JsonLinesJournal} so that a
 * run killed at any point resumes without sending anything twice. {@link io.github.roster.sync.SyncState}
 * remembers, from verified results only, which vendor user is which employee.
 */
package io.github.roster.sync;
