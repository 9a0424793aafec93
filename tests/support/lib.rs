//! Shared helpers for the workspace tests (servers on 127.0.0.1, paths to the workspace).

use std::path::PathBuf;

/// The workspace root.
pub fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent")
        .to_path_buf()
}

pub mod contract;
pub mod prism;
pub mod raw_http;
