/**
 * The HR export, the desired state of a sync: {@link io.github.roster.sync.hr.HrExportReader} reads CSV or JSON
 * Lines into an {@link io.github.roster.sync.hr.HrExport} of {@link io.github.roster.sync.hr.HrPerson}s, or
 * reports every bad row by line.
 */
package io.github.roster.sync.hr;
