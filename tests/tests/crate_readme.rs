//! The generated crate's README is what a user starts from: its sections are there, its mock
//! server instructions run the Prism release the contract tests pin, and so do the examples'.
//! (Its Rust blocks are compiled by `cargo test -p wooshpay --doc`, through `ReadmeDoctests`.)

use std::path::Path;

fn read(path: &str) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    std::fs::read_to_string(root.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// `@stoplight/prism-cli@<version>` as tests/prism/package.json pins it.
fn pinned_prism() -> String {
    let package: serde_json::Value =
        serde_json::from_str(&read("tests/prism/package.json")).expect("package.json is JSON");
    let version = package["dependencies"]["@stoplight/prism-cli"]
        .as_str()
        .expect("Prism is pinned");
    format!("@stoplight/prism-cli@{version}")
}

#[test]
fn the_readme_has_what_a_user_starts_from() {
    let readme = read("generated-client/README.md");
    for heading in [
        "## Quick start",
        "## Install",
        "## Client, credentials and servers",
        "## Errors",
        "## Pagination",
        "## Calls",
        "## Testing your code",
        "## Webhooks",
        "## Cargo features",
        "## Examples",
        "## Operations",
    ] {
        assert!(
            readme.contains(&format!("\n{heading}\n")),
            "{heading} missing"
        );
    }
    assert!(readme.contains("wooshpay = { path = \"vendor/wooshpay\" }"));
    assert!(readme.contains("`examples/prism_disputes.rs`"));
    // Rustdoc's intra-doc links and hidden lines do not leak into the Markdown.
    assert!(!readme.contains("[`Call`]"), "intra-doc link left");
    assert!(!readme.contains("\n# async fn"), "hidden line left");
    let lib = read("generated-client/src/lib.rs");
    assert!(lib.contains("include_str!(\"../README.md\")"));
}

#[test]
fn the_mock_server_instructions_run_the_pinned_prism_from_the_crate_folder() {
    let prism = format!("npx --yes {} mock", pinned_prism());
    let readme = read("generated-client/README.md");
    assert!(readme.contains(&format!("{prism} -h 127.0.0.1 -p 4010 openapi.json")));
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../generated-client/examples");
    let mut checked = 0;
    for entry in std::fs::read_dir(&examples).expect("examples/") {
        let path = entry.expect("entry").path();
        let text = std::fs::read_to_string(&path).expect("example");
        if !text.contains("Prism") {
            continue;
        }
        assert!(
            text.contains(&format!(
                "{prism} --errors -h 127.0.0.1 -p 4010 openapi.json"
            )),
            "{}",
            path.display()
        );
        let name = path.file_stem().and_then(|n| n.to_str()).expect("name");
        assert!(text.contains(&format!("cargo run --example {name}")));
        checked += 1;
    }
    assert!(checked >= 5, "{checked} Prism examples");
}
