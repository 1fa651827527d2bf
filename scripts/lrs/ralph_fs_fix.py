"""Two fixes for Ralph 5.1.0's file-system LRS backend (`ralph runserver -b fs`),
which Signaal's tests use as a real LRS without a database.

1. Every write opens fs_lrs.jsonl in "create" mode, so once the file exists
   each new POST or PUT fails with 500 ("already exists and overwrite is not
   allowed"). The file backend is an append-only log: append.
2. GET /statements turns `verb` and `activity` into pydantic IRI objects and
   compares them with the plain strings in the file, so those filters never
   match. Compare the strings.

Loaded by ralph_fs_fix.pth from the virtual environment's site-packages;
does nothing when Ralph is not installed. Production LRS backends
(Elasticsearch, MongoDB, ClickHouse) are not touched.
"""

try:
    from ralph.backends.data.base import BaseOperationType
    from ralph.backends.lrs.fs import FSLRSBackend
except Exception:  # Ralph missing or changed: leave everything as it is.
    FSLRSBackend = None

if FSLRSBackend is not None:
    FSLRSBackend.default_operation_type = BaseOperationType.APPEND

    def _plain(value):
        root = getattr(value, "root", value)
        return None if root is None else str(root)

    _verb = FSLRSBackend._add_filter_by_verb
    _activity = FSLRSBackend._add_filter_by_activity
    FSLRSBackend._add_filter_by_verb = staticmethod(
        lambda filters, verb_id: _verb(filters, _plain(verb_id)))
    FSLRSBackend._add_filter_by_activity = staticmethod(
        lambda filters, object_id, related: _activity(filters, _plain(object_id), related))
