"""Grievance drafts: from a steward's description of what happened to a draft that cites the
contract — violated clauses, the facts as given, the remedy, the filing step and its deadline."""
