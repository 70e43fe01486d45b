// Resamples the indexes, refreshes the statistics and empties the plan cache, so that the next
// statements are planned on the graph as it is now (a graph loaded a moment ago may still be
// planned as empty). Returns nothing; no parameters.
CALL db.prepareForReplanning()
