/**
 * The sync configuration file (YAML): {@link io.github.roster.sync.config.SyncConfigReader} reads it into a
 * {@link io.github.roster.sync.config.SyncConfig}, reporting every problem with its line and key.
 */
package io.github.roster.sync.config;
