"""Plain-Python core of Roots: rubrics, teams, assessments and ratings (no Qt, SQL or PDF)."""
