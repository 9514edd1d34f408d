"""File formats Roots reads and writes: rubric packs, .roots bundles, tables."""
