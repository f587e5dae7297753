/**
 * Planning a sync: {@link io.github.roster.sync.plan.SyncPlanner} reads every target and lists the actions that
 * would bring it in line with the HR export, under the safety rules.
 */
package io.github.roster.sync.plan;
