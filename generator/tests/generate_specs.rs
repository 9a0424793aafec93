//! End-to-end generation of the project's own specs: snapshots of the generated types and
//! operation signatures, determinism, the report, and the Apifox quirks that shape them.

use std::path::{Path, PathBuf};

use wooshpay_codegen::{Files, Options, Report};

fn specs() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs")
}

fn render() -> (Files, Report) {
    wooshpay_codegen::render(&specs(), &Options::default()).expect("specs/ generates")
}

/// The text of one top-level item (and the impls that follow it) from a generated file.
fn item(source: &str, header: &str) -> String {
    let start = source
        .find(header)
        .unwrap_or_else(|| panic!("`{header}` not in generated source"));
    // Include the doc comment and attributes just above the item.
    let before = &source[..start];
    let item_start = before.rfind("\n\n").map(|i| i + 2).unwrap_or(0);
    let rest = &source[item_start..];
    // Up to the next documented item: the impls after the item (`as_str`, `From`, serde)
    // are pinned with it.
    let end = rest[1..]
        .find("\n\n///")
        .map(|i| i + 2)
        .unwrap_or(rest.len());
    rest[..end].trim_end().to_owned()
}

#[test]
fn dispute_types_are_pinned() {
    let (files, _) = render();
    let types = &files["src/types.rs"];
    for name in [
        "pub struct Dispute {",
        "pub struct DisputeEvidence {",
        "pub struct DisputeEvidenceDetails {",
        "pub enum DisputeStatus {",
        "pub struct UpdateDispute {",
        "pub struct ListDisputes {",
        "pub struct ListDisputesCreated {",
        "pub struct ListDisputesResponse {",
    ] {
        let snapshot_name = name
            .trim_end_matches(" {")
            .replace("pub struct ", "")
            .replace("pub enum ", "");
        insta::assert_snapshot!(snapshot_name, item(types, name));
    }
}

#[test]
fn operation_signatures_are_pinned() {
    let (files, _) = render();
    let source = &files["src/resources/disputes.rs"];
    let mut signatures = Vec::new();
    let mut current: Option<String> = None;
    for line in source.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with("pub async fn ") || trimmed.starts_with("pub fn ") {
            current = Some(String::new());
        }
        if let Some(sig) = current.as_mut() {
            sig.push_str(trimmed);
            sig.push(' ');
            if trimmed.ends_with('{') {
                signatures.push(
                    sig.trim()
                        .trim_end_matches(" {")
                        .trim_end_matches('{')
                        .trim()
                        .replace("( ", "(")
                        .replace(", )", ")")
                        .replace(" )", ")")
                        .replace("< ", "<")
                        .replace(" >", ">"),
                );
                current = None;
            }
        }
    }
    insta::assert_snapshot!("operation_signatures", signatures.join("\n"));
}

#[test]
fn generation_is_deterministic_and_every_file_has_a_header() {
    let (a, _) = render();
    let (b, _) = render();
    assert_eq!(a, b, "two runs over the same specs differ");
    for (path, text) in &a {
        if path.ends_with(".rs") {
            assert!(
                text.starts_with("// @generated from specs/ by `cargo xtask regenerate`."),
                "{path} has no generated header"
            );
        } else if path.ends_with(".toml") {
            assert!(
                text.starts_with("# @generated from specs/ by `cargo xtask regenerate`."),
                "{path} has no generated header"
            );
        }
        assert!(
            !text.contains("2026-") && !text.contains("2025-"),
            "{path} seems to hold a timestamp"
        );
    }
    let doc: serde_json::Value =
        serde_json::from_str(&a["openapi.json"]).expect("normalized document is JSON");
    assert!(doc["info"]["x-generated"]
        .as_str()
        .unwrap()
        .contains("do not edit"));
}

#[test]
fn report_counts_what_was_read_and_made() {
    let (_, report) = render();
    assert_eq!(report.files.len(), 23, "{report}");
    assert_eq!(
        report.resources,
        vec![
            ("balance".to_owned(), 1),
            ("checkout_sessions".to_owned(), 4),
            ("disputes".to_owned(), 4),
            ("payment_intents".to_owned(), 8),
            ("refunds".to_owned(), 2),
            ("webhooks".to_owned(), 3),
        ]
    );
    assert_eq!(report.operations, 22);
    // The only warnings: list pages and list requests inheriting WooshPay's shared `List` and
    // `List Request` with changes (as WooshPay's exports write them) get types of their own.
    let warnings: Vec<String> = report.warnings().map(|w| w.to_string()).collect();
    assert_eq!(warnings.len(), 5, "{report}");
    assert!(
        warnings
            .iter()
            .all(|w| w.contains("derived type made from `List")),
        "{report}"
    );
    let text = report.to_string();
    assert!(
        text.contains("uses `Dispute` as is"),
        "close's x-apifox-overrides are explained: {text}"
    );
    assert!(
        text.contains("close_dispute.yaml:40:15"),
        "notes name the file, line and column: {text}"
    );
}

#[test]
fn apifox_quirks_shape_the_output() {
    let (files, _) = render();
    let types = &files["src/types.rs"];
    let close = item(&files["src/resources/disputes.rs"], "pub fn close(");
    // x-apifox-overrides only removed optional properties: close returns the shared type.
    assert!(
        close.contains("Result<crate::types::Dispute, crate::Error>"),
        "{close}"
    );
    // A description next to a $ref is kept as the field's documentation.
    let dispute = item(types, "pub struct Dispute {");
    assert!(
        dispute.contains("/// Evidence provided to respond to a dispute."),
        "{dispute}"
    );
    // x-apifox-orders sets field order.
    let order: Vec<usize> = [
        "pub id:",
        "pub object:",
        "pub amount:",
        "pub balance_transactions:",
        "pub reason_code:",
    ]
    .iter()
    .map(|f| dispute.find(f).unwrap_or_else(|| panic!("{f} missing")))
    .collect();
    assert!(
        order.windows(2).all(|w| w[0] < w[1]),
        "fields out of x-apifox-orders order"
    );
    // （未实现） becomes an English note.
    assert!(dispute.contains("Not implemented by the API yet"));
    // Integers are i64; metadata is an indexable map.
    assert!(dispute.contains("pub amount: Option<i64>"));
    assert!(dispute
        .contains("pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>"));
    // Optional properties are nullable in the normalized document Prism validates against.
    let doc: serde_json::Value = serde_json::from_str(&files["openapi.json"]).unwrap();
    let evidence = &doc["components"]["schemas"]["Dispute Evidence"]["properties"]["customer_name"];
    assert_eq!(evidence["nullable"], true);
    let status = &doc["components"]["schemas"]["Dispute"]["properties"]["status"]["enum"];
    assert!(status
        .as_array()
        .unwrap()
        .contains(&serde_json::Value::Null));
}

#[test]
fn generated_crate_is_self_contained() {
    let (files, _) = render();
    let manifest = &files["Cargo.toml"];
    assert!(
        !manifest.contains("path ="),
        "no path dependencies: the crate must build when vendored"
    );
    assert!(
        !manifest.contains("workspace = true"),
        "no workspace inheritance: the crate must build when vendored"
    );
    assert!(manifest.contains("name = \"wooshpay\""));
}

#[test]
fn generated_client_folder_is_up_to_date() {
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("../generated-client");
    let mut options = Options::default();
    options.emit.extras_dir = Some(Path::new(env!("CARGO_MANIFEST_DIR")).join("../xtask/extras"));
    let (drift, _) = wooshpay_codegen::check(&specs(), &out, &options).unwrap();
    assert!(
        drift.is_empty(),
        "generated-client/ is stale; run `cargo xtask regenerate`: {drift:?}"
    );
}

/// A file-upload API: multipart bodies with files, an empty multipart body on a GET (as Apifox
/// exports "no body"), and a download returning raw bytes.
const UPLOADS: &str = r#"
openapi: 3.0.1
info: {title: Uploads, version: '1'}
servers: [{url: 'https://files.example.com'}]
paths:
  /v1/files:
    post:
      summary: Create a file
      tags: [Files]
      requestBody:
        content:
          multipart/form-data:
            schema:
              type: object
              required: [file, purpose]
              properties:
                file: {type: string, format: binary, description: The file.}
                purpose: {type: string, enum: [dispute_evidence, identity_document]}
                extra_files: {type: array, items: {type: string, format: binary}}
                note: {type: string}
      responses:
        '200':
          description: ''
          content:
            application/json:
              schema: {type: object, properties: {id: {type: string}}}
  /v1/files/{id}/contents:
    get:
      summary: Download a file
      tags: [Files]
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
        - {name: Content-Type, in: header, required: true, example: multipart/form-data, schema: {type: string}}
      requestBody:
        content:
          multipart/form-data:
            schema: {type: object, properties: {}}
      responses:
        '200':
          description: ''
          content:
            application/pdf:
              schema: {type: string, format: binary}
"#;

#[test]
fn multipart_uploads_and_binary_downloads() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("files.yaml"), UPLOADS).unwrap();
    let (files, report) = wooshpay_codegen::render(dir.path(), &Options::default()).unwrap();
    assert_eq!(report.operations, 2, "{report}");
    let types = &files["src/types.rs"];
    let body = item(types, "pub struct CreateFile {");
    assert!(body.contains("pub file: crate::FileUpload,"), "{body}");
    assert!(
        body.contains("pub extra_files: Option<Vec<crate::FileUpload>>,"),
        "{body}"
    );
    assert!(
        body.contains("pub purpose: crate::types::CreateFilePurpose,"),
        "{body}"
    );
    let ops = &files["src/resources/files.rs"];
    let method = |name: &str| {
        let start = ops.find(name).unwrap_or_else(|| panic!("{name} missing"));
        let end = ops[start..]
            .find("\n    }\n")
            .map_or(ops.len(), |e| start + e);
        ops[start..end].to_owned()
    };
    let create = method("pub fn create(");
    assert!(create.contains("form.file(\"file\", value);"), "{create}");
    assert!(
        create.contains("form.files(\"extra_files\", value);"),
        "{create}"
    );
    assert!(
        create.contains("form.text(\"purpose\", value)?;"),
        "{create}"
    );
    assert!(create.contains("request.multipart_body(form);"), "{create}");
    let download = method("pub fn download(");
    assert!(download.contains("crate::Call<'a, Vec<u8>>"), "{download}");
    assert!(download.contains("decode_bytes"), "{download}");
    assert!(
        !download.contains("body"),
        "the empty multipart body is dropped: {download}"
    );
    let notes = report.to_string();
    assert!(
        notes.contains("declares no fields; `download` sends no body"),
        "{notes}"
    );
    assert!(notes.contains("returned as raw bytes"), "{notes}");
}
