"""`make bench`: how long the insights take for a runner with three years of daily entries."""
