"""``khabar train``: reproducible builds of the models and lexicons shipped in resources."""
