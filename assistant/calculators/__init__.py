"""Deterministic calculators whose every number comes from a cited clause of the rules file."""
