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
