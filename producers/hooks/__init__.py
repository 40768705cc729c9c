"""Adapters that put the checker and the recorder into agent hosts' hook systems."""
