"""Faust wiring for Rasd: the app, its topics and one agent per stage (see agents.app)."""
