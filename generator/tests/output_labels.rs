//! Generated output does not depend on where the generator runs: the files' headers name the
//! spec relative to the settings file (or by its own name), so generating from two working
//! directories, with a relative and an absolute path, gives byte-identical crates.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Every file under `dir` as relative path → bytes.
fn files(dir: &Path) -> std::collections::BTreeMap<PathBuf, Vec<u8>> {
    let mut out = std::collections::BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path.strip_prefix(dir).unwrap().to_path_buf();
                out.insert(rel, std::fs::read(&path).unwrap());
            }
        }
    }
    out
}

/// Runs the generator in `cwd` with `args`, writing to `out`; panics with its output on failure.
fn generate(cwd: &Path, args: &[&str], out: &Path) {
    let output = Command::new(env!("CARGO_BIN_EXE_wooshpay-codegen"))
        .current_dir(cwd)
        .args(args)
        .arg("--out")
        .arg(out)
        .args(["--crate-name", "labels"])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

fn assert_same(a: &Path, b: &Path) {
    let (a, b) = (files(a), files(b));
    assert_eq!(
        a.keys().collect::<Vec<_>>(),
        b.keys().collect::<Vec<_>>(),
        "the two runs wrote different files"
    );
    for (path, bytes) in &a {
        assert!(
            bytes == &b[path],
            "{} differs between the two working directories:\n{}\n---\n{}",
            path.display(),
            String::from_utf8_lossy(bytes),
            String::from_utf8_lossy(&b[path])
        );
    }
}

#[test]
fn two_working_directories_give_byte_identical_output() {
    let tmp = tempfile::tempdir().unwrap();
    // A project folder: settings file, and the spec in a folder under it.
    let project = tmp.path().join("project");
    std::fs::create_dir_all(project.join("api")).unwrap();
    let fixture =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile_text.yaml");
    std::fs::copy(&fixture, project.join("api/spec.yaml")).unwrap();
    std::fs::write(project.join("codegen.toml"), "").unwrap();
    let elsewhere = tmp.path().join("elsewhere");
    std::fs::create_dir_all(&elsewhere).unwrap();

    // A spec file without settings: relative from the project, absolute from elsewhere.
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    generate(&project, &["--spec", "api/spec.yaml"], &a);
    let absolute = project.join("api/spec.yaml");
    generate(&elsewhere, &["--spec", absolute.to_str().unwrap()], &b);
    assert_same(&a, &b);
    let lib = std::fs::read_to_string(a.join("src/lib.rs")).unwrap();
    assert!(
        lib.starts_with("// @generated from spec.yaml by"),
        "{}",
        lib.lines().next().unwrap_or("")
    );

    // A spec folder with a settings file: named relative to the settings file.
    let (c, d) = (tmp.path().join("c"), tmp.path().join("d"));
    generate(
        &project,
        &["--spec", "api", "--settings", "codegen.toml"],
        &c,
    );
    let settings = project.join("codegen.toml");
    generate(
        &elsewhere,
        &[
            "--spec",
            project.join("api/").to_str().unwrap(),
            "--settings",
            settings.to_str().unwrap(),
        ],
        &d,
    );
    assert_same(&c, &d);
    let lib = std::fs::read_to_string(c.join("src/lib.rs")).unwrap();
    assert!(
        lib.starts_with("// @generated from api/ by"),
        "{}",
        lib.lines().next().unwrap_or("")
    );
}
