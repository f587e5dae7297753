/**
 * Append-only JSON Lines files with one writer, for records that must survive a crash: the sync journal and
 * audit log, and the CLI's import reports.
 */
package io.github.roster.sync.journal;
