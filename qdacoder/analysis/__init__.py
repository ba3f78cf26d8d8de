"""Numbers computed from the coded data. One function per figure, used by the window, the
exports and the command line alike, so the same project always gives the same numbers."""
