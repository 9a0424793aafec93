//! A deprecated query parameter: its field is `#[deprecated]` for callers, and the operation
//! that reads it to send it allows that use (else every crate with one warns on `cargo check`).

use wooshpay_codegen::Options;

#[test]
fn operations_reading_a_deprecated_parameter_allow_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let spec = dir.path().join("feeds.yaml");
    std::fs::write(
        &spec,
        "openapi: 3.0.3\ninfo: {title: Feeds, version: '1'}\npaths:\n  /feeds:\n    get:\n      operationId: listFeeds\n      parameters:\n        - {name: from, in: query, deprecated: true, schema: {type: string}}\n        - {name: to, in: query, schema: {type: string}}\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {type: object, properties: {count: {type: integer}}}\n",
    )
    .expect("write spec");
    let (files, _) =
        wooshpay_codegen::render(&spec, &Options::default()).unwrap_or_else(|e| panic!("{e}"));
    let text = |path: &str| {
        files
            .iter()
            .find(|(p, _)| p.as_str() == path)
            .map(|(_, t)| t.clone())
            .unwrap_or_else(|| panic!("{path} generated"))
    };
    let types = text("src/types.rs");
    assert!(types.contains("#[deprecated]"), "{types}");
    let feeds = text("src/resources/feeds.rs");
    let at = feeds
        .find("pub fn list(")
        .or_else(|| feeds.find("pub fn list_feeds("))
        .unwrap_or_else(|| panic!("{feeds}"));
    let head = &feeds[..at];
    let attrs = &head[head.rfind("///").unwrap_or(0)..];
    assert!(attrs.contains("#[allow(deprecated)]"), "{attrs}");
}
