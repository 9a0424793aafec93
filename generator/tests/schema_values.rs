//! Values real specs write where the OpenAPI 3.0 model expects another shape, read as what they
//! mean with a located diagnostic instead of refusing the spec: boolean schemas, annotation
//! keywords of the wrong JSON type, callbacks given by `$ref` (callbacks are not generated);
//! and spec text that must not become doctests (fences, indented blocks in `info.description`
//! and operation descriptions).

use std::path::{Path, PathBuf};

use wooshpay_codegen::{Construct, DiagnosticKind, Files, Options, Report, Severity};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/schema_values")
        .join(name)
}

fn rendered(name: &str) -> (Files, Report) {
    wooshpay_codegen::render(&fixture(name), &Options::default())
        .unwrap_or_else(|e| panic!("{name} renders: {e}"))
}

fn file<'f>(files: &'f Files, path: &str) -> &'f str {
    files
        .iter()
        .find(|(p, _)| p.as_str() == path)
        .map(|(_, text)| text.as_str())
        .unwrap_or_else(|| panic!("{path} generated"))
}

/// The text of struct `name` in `types`, up to its closing brace.
fn struct_text<'t>(types: &'t str, name: &str) -> &'t str {
    let start = types
        .find(&format!("pub struct {name} {{"))
        .unwrap_or_else(|| panic!("struct {name} in {types}"));
    let end = types[start..]
        .find("\n}")
        .map_or(types.len(), |e| start + e);
    &types[start..end]
}

/// The diagnostics of `kind`, as printed (severity, file:line:column, pointer, message).
fn of_kind(report: &Report, kind: DiagnosticKind) -> Vec<String> {
    report
        .diagnostics
        .iter()
        .filter(|d| d.kind == kind)
        .map(|d| d.to_string())
        .collect()
}

#[test]
fn boolean_schemas_are_any_value_or_an_absent_property() {
    let (files, report) = rendered("boolean_schemas.yaml");
    let types = file(&files, "src/types.rs");
    // `additionalProperties: false` under `properties` is a property that must not be present:
    // left out of the struct (and of `required`), with a warning at it.
    let body = struct_text(types, "UpdateRecord");
    assert!(body.contains("pub name: String,"), "{body}");
    assert!(!body.contains("additional_properties"), "{body}");
    assert!(
        body.contains("pub extra: Option<serde_json::Value>,"),
        "{body}"
    );
    let record = struct_text(types, "Record");
    assert!(
        record.contains("pub payload: Option<serde_json::Value>,"),
        "{record}"
    );
    assert!(record.contains("pub kind: Option<String>,"), "{record}");
    assert!(record.contains("pub tags: Option<Vec<"), "{record}");
    let booleans = of_kind(&report, DiagnosticKind::BooleanSchema);
    assert!(
        booleans.iter().any(|d| d.starts_with("warning: ")
            && d.contains("boolean_schemas.yaml:26:17 at #/paths/~1records~1{id}/patch/requestBody/content/application~1json/schema/properties/additionalProperties: property `additionalProperties` has the schema `false`")),
        "{booleans:#?}"
    );
    // `true` is any value, with a note where it is written.
    assert!(
        booleans.iter().any(|d| d.starts_with("note: ")
            && d.contains("boolean_schemas.yaml:42:9 at #/components/schemas/Record/properties/payload: the boolean schema `true`")),
        "{booleans:#?}"
    );
    assert_eq!(booleans.len(), 6, "{booleans:#?}");
    assert_eq!(
        report
            .warnings()
            .filter(|w| w.kind == DiagnosticKind::BooleanSchema)
            .count(),
        1,
        "{report}"
    );
    assert_eq!(report.operations, 1);
}

#[test]
fn annotation_keywords_of_the_wrong_type_are_ignored_with_a_warning() {
    let (files, report) = rendered("keyword_types.yaml");
    let warnings = of_kind(&report, DiagnosticKind::KeywordType);
    let expect = [
        "keyword_types.yaml:25:11 at #/components/schemas/Pick/properties/timecode/pattern: `pattern` must be a string, found the number `0`; the keyword is ignored",
        "keyword_types.yaml:29:11 at #/components/schemas/Pick/properties/width/maxLength: `maxLength` must be a non-negative integer, found the string `ten`; the keyword is ignored",
        "at #/components/schemas/Pick/properties/width/minimum: `minimum` must be a number, found the string `1`; read as `1`",
        "at #/components/schemas/Pick/properties/width/maximum: `maximum` must be a number, found a list; the keyword is ignored",
        "at #/components/schemas/Pick/properties/label/maxLength: `maxLength` must be a non-negative integer, found the string `64`; read as `64`",
        "at #/components/schemas/Pick/properties/label/title: `title` must be a string, found the number `7`; the keyword is ignored",
    ];
    for e in expect {
        assert!(
            warnings
                .iter()
                .any(|w| w.starts_with("warning: ") && w.contains(e)),
            "{e}\n{warnings:#?}"
        );
    }
    assert_eq!(warnings.len(), expect.len(), "{warnings:#?}");
    let pick = struct_text(file(&files, "src/types.rs"), "Pick");
    assert!(pick.contains("pub timecode: String,"), "{pick}");
    assert!(pick.contains("pub width: Option<i64>,"), "{pick}");
    // The description beside the bad keyword is kept.
    assert!(pick.contains("Where to take the frame."), "{pick}");
}

#[test]
fn a_wrong_type_keyword_stays_an_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let spec = dir.path().join("bad_type.yaml");
    std::fs::write(
        &spec,
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A:\n      type: 0\n      pattern: 0\n",
    )
    .expect("write spec");
    let err = wooshpay_codegen::render(&spec, &Options::default())
        .err()
        .expect("a wrong `type` is refused");
    assert!(err.to_string().contains("#/components/schemas/A"), "{err}");
}

#[test]
fn callbacks_are_left_out_with_a_note_even_by_reference() {
    let (files, report) = rendered("callback_refs.yaml");
    assert_eq!(report.operations, 1, "{report}");
    let notes = of_kind(&report, DiagnosticKind::Unsupported(Construct::Callbacks));
    assert_eq!(notes.len(), 2, "{notes:#?}");
    assert!(
        notes
            .iter()
            .any(|n| n.starts_with("note: ")
                && n.contains("callback_refs.yaml:14:7 at #/paths/~1search/get/callbacks: callbacks are not generated")),
        "{notes:#?}"
    );
    assert!(report
        .diagnostics
        .iter()
        .all(|d| d.severity == Severity::Note));
    let resources = file(&files, "src/resources/search.rs");
    assert!(resources.contains("pub fn search"), "{resources}");
}

/// Doc lines of the generated sources that rustdoc would compile as a doctest: a fence opened
/// without a language, or an indented block outside fences.
fn doctest_lines(files: &Files) -> Vec<String> {
    let mut found = Vec::new();
    for (path, text) in files.iter().filter(|(p, _)| p.ends_with(".rs")) {
        let mut in_fence = false;
        for line in text.lines() {
            let trimmed = line.trim_start();
            let Some(doc) = trimmed
                .strip_prefix("//!")
                .or_else(|| trimmed.strip_prefix("///"))
            else {
                in_fence = false;
                continue;
            };
            let doc = doc.strip_prefix(' ').unwrap_or(doc);
            if let Some(info) = doc.trim_start().strip_prefix("```") {
                if !in_fence && info.trim().is_empty() {
                    found.push(format!("{path}: {line}"));
                }
                in_fence = !in_fence;
            } else if !in_fence && doc.starts_with("    ") && !doc.trim().is_empty() {
                found.push(format!("{path}: {line}"));
            }
        }
    }
    found
}

#[test]
fn spec_text_in_crate_and_operation_docs_never_becomes_a_doctest() {
    let (files, _) = rendered("spec_text_docs.yaml");
    assert_eq!(doctest_lines(&files), Vec::<String>::new());
    let lib = file(&files, "src/lib.rs");
    assert!(
        lib.contains("//! ```text\n//! Authorization: Token {YOUR-API-TOKEN}\n//! ```"),
        "{lib}"
    );
    // The crate docs' raw call names the path as a string (a path without parameters).
    assert!(
        lib.contains("//!     .raw(reqwest::Method::GET, \"/co2\")"),
        "{lib}"
    );
    let co2 = file(&files, "src/resources/co2.rs");
    assert!(
        co2.contains("/// These data are made freely available"),
        "{co2}"
    );
}
