import Testing

/// The parent of every end-to-end suite. `.serialized` is inherited by the
/// nested suites (declared in `extension EndToEnd` in the other files), so
/// the whole target runs one test at a time: a tmux server and the app each
/// want a core, and CI has two.
@Suite("End to end", .serialized)
enum EndToEnd {}
