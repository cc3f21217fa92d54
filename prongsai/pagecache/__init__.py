"""The public page cache (issue #18): anonymous GETs of public pages answered from a shared
store before Django builds a request, never stale.

- `keys` says whether a request may use the cache and what its key is (language, scheme, host,
  Bangkok date, path, full query string, the build, and the versions of the agency's chain).
- `versions` holds those versions in the "pages" cache and bumps them.
- `invalidation` bumps them after every commit that may change a public page: model receivers
  for the agency of a saved object, and a database execute wrapper for every other write
  (QuerySet.update, bulk_create, deletes, raw SQL), which bumps everything.
- `wsgi` is the WSGI wrapper in prongsai/wsgi.py: hits before Django, misses stored after the
  full middleware, each visitor's own CSRF token put into the stored page.

docs/pagecache.md explains the design and its limits.
"""
