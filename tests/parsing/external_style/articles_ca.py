from build_external import article  # noqa: F401
