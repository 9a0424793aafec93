//! The runtime reaches a generated crate as files copied as they are (from the runtime crate,
//! `generator/runtime/src/`), beside a generated `config.rs` of the API's conventions: no text
//! of the runtime is rewritten, and none of its unit tests ship in the crate.

use std::path::PathBuf;

use wooshpay_codegen::Options;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

#[test]
fn runtime_files_are_copied_verbatim_without_tests() {
    let (files, _) =
        wooshpay_codegen::render(&root().join("specs"), &Options::default()).expect("renders");
    for (name, source) in wooshpay_codegen::emit::krate::RUNTIME {
        let path = format!("src/{name}.rs");
        let text = files
            .get(&path)
            .unwrap_or_else(|| panic!("{path} is written"));
        assert!(
            text.ends_with(&format!("\n\n{source}")),
            "{path} is the runtime's file after the header"
        );
        assert!(
            text.starts_with("// @generated"),
            "{path} starts with the header"
        );
    }
    for (path, text) in &files {
        assert!(
            !text.contains("#[cfg(test)]"),
            "{path} has a test module: the runtime's tests stay in the runtime crate"
        );
    }
    let config = &files["src/config.rs"];
    assert!(config.contains("pub(crate) const IDEMPOTENCY_HEADER: &str = \"Idempotency-Key\";"));
    assert!(files["src/webhooks/events.rs"].contains("event_types! {"));
    // The runtime crate's own `config.rs` and test events are never copied.
    let runtime_config = include_str!("../runtime/src/config.rs");
    assert!(!files.values().any(|t| t.contains(runtime_config)));
    assert!(!files.values().any(|t| t.contains("SampleCreated")));
}
