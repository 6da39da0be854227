"""Infrastructure the use cases call: parser workers, Qt page adapters, files, paths, the rule data.

Nothing here calls a use case or touches a widget; the use cases call it, never the reverse.
"""
