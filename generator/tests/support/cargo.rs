//! Running cargo on a generated crate from a generator test.

use std::path::Path;

/// A `cargo` command in `dir` with `args` and `--message-format short`, building into
/// `target`, without the variables cargo set for the test binary itself (they would make build
/// scripts rebuild).
pub fn command(dir: &Path, args: &[&str], target: &Path) -> std::process::Command {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = std::process::Command::new(cargo);
    command
        .current_dir(dir)
        .args(args)
        .args(["--message-format", "short"])
        .env("CARGO_TARGET_DIR", target);
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
    command
}

/// The workspace's root folder.
pub fn workspace_root() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

/// The target folder the workspace builds into, so dependencies built before are reused.
pub fn target_dir() -> std::path::PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| workspace_root().join("target"))
}

/// Writes `files` as the crate `member` of a workspace of its own in `dir`, with the
/// repository's profiles and `Cargo.lock` (the same dependency versions, so the build is warm);
/// returns the crate's folder.
pub fn scratch_workspace(
    dir: &Path,
    member: &str,
    files: &wooshpay_codegen::Files,
) -> std::path::PathBuf {
    let root = workspace_root();
    let workspace_manifest =
        std::fs::read_to_string(root.join("Cargo.toml")).expect("workspace manifest");
    let profiles: String = workspace_manifest
        .split("\n[")
        .filter(|table| table.starts_with("profile"))
        .map(|table| format!("\n[{}\n", table.trim_end()))
        .collect();
    std::fs::write(
        dir.join("Cargo.toml"),
        format!("[workspace]\nresolver = \"2\"\nmembers = [{member:?}]\n{profiles}"),
    )
    .expect("manifest");
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).expect("lock");
    let krate = dir.join(member);
    wooshpay_codegen::emit::write_atomically(&krate, files).expect("write");
    krate
}

/// Runs `command`: whether it succeeded, and its stdout and stderr as one text.
pub fn run(command: &mut std::process::Command) -> (bool, String) {
    let output = command.output().expect("cannot run cargo");
    let messages = [&output.stdout, &output.stderr]
        .map(|bytes| String::from_utf8_lossy(bytes).into_owned())
        .join("\n");
    (output.status.success(), messages)
}
