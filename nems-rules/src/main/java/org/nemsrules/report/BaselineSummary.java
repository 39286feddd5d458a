package org.nemsrules.report;

/**
 * What a baseline did to a run's findings.
 *
 * @param baselined how many findings matched an entry of the baseline and were left out of the report
 * @param stale     how many entries of the baseline matched no finding: faults fixed since it was written,
 *                  which {@code --update-baseline} removes
 */
public record BaselineSummary(int baselined, int stale) {}
