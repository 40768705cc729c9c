"""The learning side: classify tool-call failures, extract patterns, merge them, keep them."""
