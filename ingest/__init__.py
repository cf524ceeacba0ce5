"""Turns contract documents into the shared plain structure and a section-aware Chroma index."""
