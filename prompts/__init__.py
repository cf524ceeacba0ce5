"""Prompts for the optional generative answerer, shipped as package data."""
