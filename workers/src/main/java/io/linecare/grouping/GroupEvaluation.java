package io.linecare.grouping;

/**
 * What cluster-threshold.dmn decides on, for one group at one moment.
 *
 * @param ticketsInWindow     complaints within the sliding window
 * @param shareOfLinesPct     lines that complained in the window, in percent of the active lines of
 *                            the service type on the access nodes concerned
 * @param bigClientInvolved   a big client is among the complaining customers
 * @param downloadPctOfMedian the area's latest hourly download speed in percent of its 14-day median;
 *                            100 (no evidence either way) when there are no samples
 * @param packetLossPct       the area's latest hourly packet loss; 0 when there are no samples
 */
public record GroupEvaluation(int ticketsInWindow, double shareOfLinesPct, boolean bigClientInvolved,
                              double downloadPctOfMedian, double packetLossPct) {
}
