"""Real requests people wrote, as machine-checkable cases, and the planner's score on them."""
