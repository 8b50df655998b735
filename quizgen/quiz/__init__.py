"""The terminal quiz: items from the generators, tolerant grading, FSRS scheduling, progress."""
