//! Spec text is inert in generated code: the crate generated from
//! `generator/tests/fixtures/hostile_text.yaml` (fences of every kind, indented blocks,
//! bidirectional and zero-width characters, `*/`, `"#`, raw HTML, `[links]`, bare URLs and
//! unbalanced backticks in every description and summary) compiles without a warning,
//! documents with `RUSTDOCFLAGS=-D warnings`, and its doctests pass (none of the spec's code
//! blocks is one).

use std::path::{Path, PathBuf};
use std::process::Command;

/// The fixture.
fn fixture() -> PathBuf {
    wooshpay_tests::workspace_root().join("generator/tests/fixtures/hostile_text.yaml")
}

/// The target folder the workspace builds into, so the dependencies built by earlier tests are
/// reused.
fn shared_target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| wooshpay_tests::workspace_root().join("target"))
}

/// `cargo <args>` in `dir` with extra environment `env`; the status and all its messages.
fn cargo(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> (bool, String) {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .current_dir(dir)
        .args(args)
        .env("CARGO_TARGET_DIR", shared_target_dir());
    for (key, value) in env {
        command.env(key, value);
    }
    // The variables cargo set for this test binary: build scripts watch some of them, and a
    // different value would rebuild those dependencies here.
    for (key, _) in std::env::vars_os() {
        let Some(key) = key.to_str() else { continue };
        if key.starts_with("CARGO_PKG_")
            || key.starts_with("CARGO_MANIFEST_")
            || matches!(
                key,
                "CARGO_CRATE_NAME" | "CARGO_BIN_NAME" | "CARGO_PRIMARY_PACKAGE" | "OUT_DIR"
            )
        {
            command.env_remove(key);
        }
    }
    let output = command.output().expect("cannot run cargo");
    let messages = [&output.stdout, &output.stderr]
        .map(|bytes| String::from_utf8_lossy(bytes).into_owned())
        .join("\n");
    (output.status.success(), messages)
}

/// The warnings among cargo's `--message-format short` messages.
fn warnings(messages: &str) -> Vec<&str> {
    messages
        .lines()
        .filter(|l| l.starts_with("warning") || l.contains(": warning"))
        .collect()
}

/// The generated crate, written as the only member of a workspace in a temporary folder.
fn generated_workspace() -> (tempfile::TempDir, wooshpay_codegen::Report) {
    let dir = tempfile::tempdir().unwrap();
    let root = wooshpay_tests::workspace_root();
    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).unwrap();
    // The main workspace's profiles, so the dependencies' builds are the same ones.
    let profiles: String = manifest
        .split("\n[")
        .filter(|table| table.starts_with("profile"))
        .map(|table| format!("\n[{}\n", table.trim_end()))
        .collect();
    std::fs::write(
        dir.path().join("Cargo.toml"),
        format!("[workspace]\nresolver = \"2\"\nmembers = [\"hostile_text\"]\n{profiles}"),
    )
    .unwrap();
    std::fs::copy(root.join("Cargo.lock"), dir.path().join("Cargo.lock")).unwrap();
    let mut options = wooshpay_codegen::Options::default();
    options.emit.crate_name = "hostile_text".into();
    let report = wooshpay_codegen::generate(&fixture(), &dir.path().join("hostile_text"), &options)
        .expect("the hostile-text spec generates");
    (dir, report)
}

/// Every file of `dir`, recursively, with its text.
fn texts(dir: &Path) -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if let Ok(text) = std::fs::read_to_string(&path) {
                out.push((path, text));
            }
        }
    }
    out
}

#[test]
fn hostile_spec_text_is_inert_in_the_generated_crate() {
    let (dir, report) = generated_workspace();
    let crate_dir = dir.path().join("hostile_text");

    // One warning for all the hidden characters, at the first text that has one.
    let hidden: Vec<_> = report
        .warnings()
        .filter(|d| d.message.contains("bidirectional control characters"))
        .collect();
    assert_eq!(hidden.len(), 1, "{:#?}", report.diagnostics);
    assert_eq!(
        hidden[0].location.pointer.as_deref(),
        Some("#/info/description")
    );
    assert!(
        hidden[0].message.contains("U+202E"),
        "{}",
        hidden[0].message
    );

    // No Rust source holds a hidden character or an unlabelled fence.
    for (path, text) in texts(&crate_dir.join("src")) {
        assert!(
            !text
                .chars()
                .any(wooshpay_codegen::model::docs::is_hidden_char),
            "{} holds a hidden character",
            path.display()
        );
    }
    let types = std::fs::read_to_string(crate_dir.join("src/types.rs")).unwrap();
    assert!(
        !types.contains("Generated from `#/"),
        "a type's doc shows its JSON pointer"
    );

    let (ok, messages) = cargo(
        dir.path(),
        &["check", "--workspace", "--message-format", "short"],
        &[],
    );
    assert!(ok, "the crate does not compile:\n{messages}");
    assert!(
        warnings(&messages).is_empty(),
        "the crate compiles with warnings:\n{messages}"
    );

    let (ok, messages) = cargo(
        dir.path(),
        &["doc", "--no-deps", "--message-format", "short"],
        &[("RUSTDOCFLAGS", "-D warnings")],
    );
    assert!(ok, "cargo doc -D warnings fails:\n{messages}");

    let (ok, messages) = cargo(dir.path(), &["test", "--doc"], &[]);
    assert!(ok, "cargo test --doc fails:\n{messages}");
    // The crate's own examples are compiled (`no_run`); none of the spec's blocks is a test
    // that runs, and the spec's Rust blocks are ignored.
    assert!(
        messages.contains("test result: ok"),
        "no doctest ran:\n{messages}"
    );
    let ran: Vec<&str> = messages
        .lines()
        .filter(|l| l.starts_with("test ") && l.ends_with("... ok"))
        .filter(|l| !l.contains("compile"))
        .collect();
    assert!(
        ran.is_empty(),
        "spec text ran as a doctest: {ran:#?}\n{messages}"
    );
}
