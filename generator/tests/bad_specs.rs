//! Bad input gets a clear error naming the file, line/column and JSON pointer — never a
//! panic — and a failed generation leaves the output folder untouched.

use std::path::{Path, PathBuf};

use wooshpay_codegen::{DiagnosticKind, Error, ErrorKind, Options};

const CLOSE: &str = include_str!("../../specs/disputes/close_dispute.yaml");
const SEED_003: &str = include_str!("fixtures/close_dispute_apifox_page.md");

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, text).unwrap();
    path
}

fn error_for(files: &[(&str, &str)]) -> (Error, String) {
    let dir = tempfile::tempdir().unwrap();
    let specs = dir.path().join("specs");
    for (name, text) in files {
        write(&specs, name, text);
    }
    let Err(err) = wooshpay_codegen::render(&specs, &Options::default()) else {
        panic!("the spec was accepted, but it is bad");
    };
    let text = err.to_string();
    (err, text)
}

#[test]
fn yaml_syntax_error_names_file_line_and_column() {
    let broken = CLOSE.replacen(
        "      summary: Close a dispute",
        "      summary: [Close a dispute",
        1,
    );
    let (err, text) = error_for(&[("disputes/close.yaml", &broken)]);
    assert!(matches!(err, Error::Syntax { .. }), "{text}");
    // The parser notices the unclosed `[` at the start of the next line.
    assert!(text.starts_with("specs/disputes/close.yaml:10:"), "{text}");
}

#[test]
fn unresolved_ref_names_the_pointer_and_line() {
    let broken = CLOSE.replace(
        "'#/components/schemas/Dispute%20Evidence'",
        "'#/components/schemas/Dispute%20Evidense'",
    );
    let (err, text) = error_for(&[("close.yaml", &broken)]);
    // The component and the response property both use the misspelled name: both are listed.
    let all = err.all();
    assert_eq!(all.len(), 2, "{text}");
    assert!(
        all.iter().all(|e| e.kind() == ErrorKind::UnresolvedRef),
        "{text}"
    );
    assert!(text.contains("specs/close.yaml:"), "{text}");
    assert!(text.contains("#/paths/~1v1~1disputes~1{id}~1close/post/responses/200/content/application~1json/schema/properties/evidence/$ref"), "{text}");
    assert!(text.contains("Dispute%20Evidense"), "{text}");
}

#[test]
fn errors_in_json_exports_name_the_line_too() {
    let yaml: serde_json::Value = serde_yaml::from_str(CLOSE).unwrap();
    let json = serde_json::to_string_pretty(&yaml).unwrap().replace(
        "#/components/schemas/Dispute%20Evidence",
        "#/components/schemas/Missing",
    );
    let line = json
        .lines()
        .position(|l| l.contains("#/components/schemas/Missing"))
        .unwrap()
        + 1;
    let (err, text) = error_for(&[("close.json", &json)]);
    let first = err.all()[0];
    assert!(matches!(first, Error::UnresolvedRef { .. }), "{text}");
    assert!(
        first
            .to_string()
            .starts_with(&format!("specs/close.json:{line}:")),
        "expected line {line}: {text}"
    );
}

#[test]
fn cyclic_refs_are_reported() {
    let cyclic = CLOSE.replacen("    Dispute Evidence:\n      type: object\n", "    Loop A:\n      $ref: '#/components/schemas/Loop%20B'\n    Loop B:\n      $ref: '#/components/schemas/Loop%20A'\n    Dispute Evidence:\n      type: object\n", 1);
    let (err, text) = error_for(&[("close.yaml", &cyclic)]);
    assert!(matches!(err, Error::CyclicRef { .. }), "{text}");
    assert!(text.contains("#/components/schemas/Loop%20A"), "{text}");
    assert!(text.contains("specs/close.yaml:"), "{text}");
}

#[test]
fn wrong_types_name_the_pointer() {
    let broken = CLOSE
        .replacen(
            "      deprecated: false\n",
            "      deprecated: false\n      parameters: not-a-list\n",
            1,
        )
        .replacen(
            "      parameters:\n        - name: id",
            "      x-old-parameters:\n        - name: id",
            1,
        );
    let (err, text) = error_for(&[("close.yaml", &broken)]);
    assert!(matches!(err, Error::Invalid { .. }), "{text}");
    assert!(
        text.contains("#/paths/~1v1~1disputes~1{id}~1close/post/parameters"),
        "{text}"
    );
    assert!(text.contains("specs/close.yaml:"), "{text}");
}

#[test]
fn unsupported_constructs_are_reported() {
    let external = CLOSE.replace(
        "'#/components/schemas/Dispute%20Evidence'",
        "'other.yaml#/Evidence'",
    );
    let (err, text) = error_for(&[("close.yaml", &external)]);
    assert!(
        err.all().iter().all(|e| e.kind() == ErrorKind::Unsupported),
        "{text}"
    );
    assert!(text.contains("external reference"), "{text}");

    let (err, text) = error_for(&[(
        "old.yaml",
        "swagger: '2.0'\ninfo: {title: x, version: '1'}\npaths: {}\n",
    )]);
    assert!(
        matches!(err, Error::Unsupported { .. }) && text.contains("Swagger 2.0"),
        "{text}"
    );

    let (err, text) = error_for(&[(
        "new.yaml",
        "openapi: 4.0.0\ninfo: {title: x, version: '1'}\npaths: {}\n",
    )]);
    assert!(
        matches!(err, Error::Unsupported { .. }) && text.contains("4.0.0"),
        "{text}"
    );
}

#[test]
fn openapi_31_documents_are_read_as_30_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let doc31 = CLOSE
        .replacen("openapi: 3.0.1", "openapi: 3.1.0", 1)
        .replace(
            "        reason_code:\n          type: string\n",
            "        reason_code:\n          type: [string, 'null']\n",
        );
    write(dir.path(), "close.yaml", &doc31);
    let (files, report) = wooshpay_codegen::render(dir.path(), &Options::default()).unwrap();
    assert!(
        report
            .warnings()
            .any(|w| w.kind == DiagnosticKind::VersionRead),
        "{report}"
    );
    assert!(files["src/types.rs"].contains("pub reason_code: Option<String>"));
}

#[test]
fn conflicting_components_name_both_files_and_the_first_difference() {
    // A real difference (a field's type), not one of documentation: both places are named
    // with their lines.
    let other = CLOSE
        .replace("/v1/disputes/{id}/close:", "/v1/disputes/{id}/close2:")
        .replace(
            "        reason_description:\n          type: string\n",
            "        reason_description:\n          type: integer\n",
        );
    assert_ne!(
        other.matches("type: integer").count(),
        CLOSE.matches("type: integer").count()
    );
    let (err, text) = error_for(&[("a.yaml", CLOSE), ("b.yaml", &other)]);
    assert!(matches!(err, Error::Conflict { .. }), "{text}");
    assert!(
        text.contains("specs/a.yaml:568:") && text.contains("specs/b.yaml:568:"),
        "{text}"
    );
    assert!(
        text.contains("#/components/schemas/Dispute/properties/reason_description/type"),
        "{text}"
    );
}

#[test]
fn components_differing_only_in_documentation_merge_with_a_note() {
    let other = CLOSE
        .replace("/v1/disputes/{id}/close:", "/v1/disputes/{id}/close2:")
        .replace(
            "description: The detailed description of the dispute reason.",
            "description: Something else.",
        );
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.yaml", CLOSE);
    write(dir.path(), "b.yaml", &other);
    let (_, report) = wooshpay_codegen::render(dir.path(), &Options::default())
        .unwrap_or_else(|e| panic!("docs-only differences merge: {e}"));
    assert!(
        report
            .diagnostics
            .iter()
            .any(|d| d.kind == DiagnosticKind::Duplicate
                && d.message.contains("component schema `Dispute`")),
        "{report}"
    );
}

#[test]
fn identical_components_in_several_files_are_one_type() {
    let dir = tempfile::tempdir().unwrap();
    let other = CLOSE
        .replace("/v1/disputes/{id}/close:", "/v1/disputes/{id}/close-again:")
        .replace("summary: Close a dispute", "summary: Close a dispute again");
    write(dir.path(), "a.yaml", CLOSE);
    write(dir.path(), "b.yaml", &other);
    let (files, report) = wooshpay_codegen::render(dir.path(), &Options::default()).unwrap();
    assert_eq!(
        files["src/types.rs"]
            .matches("pub struct Dispute {")
            .count(),
        1
    );
    assert_eq!(report.operations, 2);
}

#[test]
fn apifox_markdown_pages_and_json_exports_are_read() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "close.md", SEED_003);
    let (from_md, _) = wooshpay_codegen::render(dir.path(), &Options::default()).unwrap();

    let dir2 = tempfile::tempdir().unwrap();
    let yaml: serde_json::Value = serde_yaml::from_str(CLOSE).unwrap();
    write(
        dir2.path(),
        "close.json",
        &serde_json::to_string_pretty(&yaml).unwrap(),
    );
    let (from_json, _) = wooshpay_codegen::render(dir2.path(), &Options::default()).unwrap();
    assert_eq!(from_md["src/types.rs"], from_json["src/types.rs"]);
    assert_eq!(
        from_md["src/resources/disputes.rs"],
        from_json["src/resources/disputes.rs"]
    );

    // A syntax error inside the Markdown page's block is reported at the page's own line.
    let broken = SEED_003.replacen(
        "      summary: Close a dispute",
        "      summary: [Close a dispute",
        1,
    );
    let (_, text) = error_for(&[("close.md", &broken)]);
    assert!(text.starts_with("specs/close.md:15:"), "{text}");
}

#[test]
fn a_failed_run_leaves_the_output_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let specs = dir.path().join("specs");
    write(&specs, "close.yaml", CLOSE);
    let out = dir.path().join("client");
    wooshpay_codegen::generate(&specs, &out, &Options::default()).unwrap();
    let before = std::fs::read_to_string(out.join("src/types.rs")).unwrap();
    write(
        &specs,
        "close.yaml",
        &CLOSE.replace("Dispute%20Evidence'", "Nope'"),
    );
    assert!(wooshpay_codegen::generate(&specs, &out, &Options::default()).is_err());
    assert_eq!(
        std::fs::read_to_string(out.join("src/types.rs")).unwrap(),
        before
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| n.to_string_lossy().starts_with('.'))
        .collect();
    assert!(
        leftovers.is_empty(),
        "staging folders left behind: {leftovers:?}"
    );
}

#[test]
fn operation_name_collisions_are_reported_not_silent() {
    let dir = tempfile::tempdir().unwrap();
    let twin = CLOSE.replace("/v1/disputes/{id}/close:", "/v1/disputes/{id}/finish:");
    write(dir.path(), "a.yaml", CLOSE);
    write(dir.path(), "b.yaml", &twin);
    let (files, report) = wooshpay_codegen::render(dir.path(), &Options::default()).unwrap();
    assert!(
        report
            .warnings()
            .any(|w| w.kind == DiagnosticKind::NameCollision && w.message.contains("`close`")),
        "{report}"
    );
    assert!(files["src/resources/disputes.rs"].contains("pub fn close("));
    assert!(
        files["src/resources/disputes.rs"].contains("pub fn finish("),
        "second operation named from its path"
    );
}

#[test]
fn missing_spec_folder_is_an_io_error_not_a_panic() {
    let err =
        wooshpay_codegen::render(Path::new("/nonexistent/specs"), &Options::default()).unwrap_err();
    assert!(err.to_string().contains("/nonexistent/specs"), "{err}");
    let empty = tempfile::tempdir().unwrap();
    let err = wooshpay_codegen::render(empty.path(), &Options::default()).unwrap_err();
    assert!(matches!(err, Error::NoSpecs(_)), "{err}");
}

#[test]
fn a_markdown_page_with_one_block_per_endpoint_is_read_whole() {
    // Apifox exports a folder as one page: a title and a ```yaml block per endpoint.
    let second = SEED_003
        .replace("# Close a dispute", "# Close a dispute again")
        .replace("/v1/disputes/{id}/close:", "/v1/disputes/{id}/close-again:")
        .replace("summary: Close a dispute", "summary: Reopen a dispute");
    let page = format!("{SEED_003}\n{second}");
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "disputes.md", &page);
    let (files, report) = wooshpay_codegen::render(dir.path(), &Options::default()).unwrap();
    assert_eq!(report.operations, 2, "{report}");
    assert_eq!(
        report.files.len(),
        1,
        "one page is one file read: {:?}",
        report.files
    );
    assert!(files["src/resources/disputes.rs"].contains("pub fn reopen("));
    // Errors in the second block point into the second block.
    let broken = format!(
        "{SEED_003}\n{}",
        second.replacen("summary: Reopen a dispute", "summary: [Reopen", 1)
    );
    let (_, text) = error_for(&[("disputes.md", &broken)]);
    let line = SEED_003.lines().count() + 1 + 15;
    assert!(
        text.starts_with(&format!("specs/disputes.md:{line}:")),
        "expected line {line}: {text}"
    );
}

/// Every file under `dir` (build folder included) with its bytes.
fn snapshot(dir: &Path) -> std::collections::BTreeMap<PathBuf, Vec<u8>> {
    let mut out = std::collections::BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let bytes = std::fs::read(&path).unwrap();
                out.insert(path.strip_prefix(dir).unwrap().to_path_buf(), bytes);
            }
        }
    }
    out
}

/// A failure at any filesystem step of the write (each file and folder of the staging copy,
/// moving the build folder over, moving the old output aside, moving the new one in) leaves the
/// output folder byte-identical, its `target/` included, and no staging or backup folder.
#[test]
fn a_write_failing_at_any_step_leaves_the_output_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("client");
    let old: wooshpay_codegen::Files = [
        ("Cargo.toml", "[package]\nname = \"old\"\n"),
        ("src/lib.rs", "// old\n"),
        ("src/gone.rs", "// only in the old output\n"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    wooshpay_codegen::emit::write_atomically(&out, &old).unwrap();
    std::fs::create_dir_all(out.join("target/debug")).unwrap();
    std::fs::write(out.join("target/debug/cache.bin"), [0u8, 1, 2, 255]).unwrap();
    let before = snapshot(&out);
    let new: wooshpay_codegen::Files = [
        ("Cargo.toml", "[package]\nname = \"new\"\n"),
        ("src/lib.rs", "// new\n"),
        ("src/types/mod.rs", "// new module\n"),
        ("README.md", "new\n"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    let leftovers = || -> Vec<String> {
        std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n != "client")
            .collect()
    };
    let mut steps_seen = Vec::new();
    for fail_at in 0.. {
        let mut step = 0;
        let mut failed_step = None;
        let result =
            wooshpay_codegen::emit::write_atomically_checked(&out, &new, &mut |action, path| {
                step += 1;
                if step - 1 == fail_at {
                    failed_step = Some(format!("{action} {}", path.display()));
                    return Err(std::io::Error::other("injected failure"));
                }
                Ok(())
            });
        let Some(failed_step) = failed_step else {
            // Past the last step: the write went through.
            result.unwrap();
            break;
        };
        let err = result.expect_err("a failed step is an error");
        assert!(err.to_string().contains("injected failure"), "{err}");
        assert_eq!(
            snapshot(&out),
            before,
            "failing at `{failed_step}` changed the output"
        );
        assert!(
            leftovers().is_empty(),
            "failing at `{failed_step}` left {:?}",
            leftovers()
        );
        steps_seen.push(failed_step);
    }
    // 7 creates/writes of the staging copy, the build folder, the old output, the new one.
    assert!(steps_seen.len() >= 10, "{steps_seen:#?}");
    assert!(
        steps_seen
            .iter()
            .any(|s| s.starts_with("cannot move aside")),
        "{steps_seen:#?}"
    );
    assert!(
        steps_seen
            .iter()
            .any(|s| s.starts_with("cannot move into place")),
        "{steps_seen:#?}"
    );
    // The successful write: the new files, the build folder kept, nothing else.
    let after = snapshot(&out);
    let mut expected: std::collections::BTreeMap<PathBuf, Vec<u8>> = new
        .iter()
        .map(|(k, v)| (PathBuf::from(k), v.clone().into_bytes()))
        .collect();
    expected.insert(PathBuf::from("target/debug/cache.bin"), vec![0, 1, 2, 255]);
    assert_eq!(after, expected);
    assert!(leftovers().is_empty(), "{:?}", leftovers());
}
