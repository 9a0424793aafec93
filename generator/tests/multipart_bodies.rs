//! Multipart bodies whose schema is one file rather than an object of parts (Jira's
//! `POST /issue/{id}/attachments`: `multipart/form-data` with `type: string, format: binary`):
//! the operation is generated, with a body struct of one file part, named by the media type's
//! one `encoding` entry or `file`, and a warning; a multipart body that is neither an object
//! nor a file still leaves its operation out, with a warning.

use wooshpay_codegen::{Construct, DiagnosticKind, Files, Options, Report};

const SPEC: &str = r#"
openapi: 3.0.3
info: {title: Tracker, version: "1"}
paths:
  /issues/{id}/attachments:
    post:
      tags: [issues]
      operationId: addAttachment
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema: {type: string, format: binary}
      responses: {'200': {description: ok}}
  /issues/{id}/scans:
    post:
      tags: [issues]
      operationId: addScan
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      requestBody:
        content:
          multipart/form-data:
            schema: {}
            encoding: {scan: {contentType: application/pdf}}
      responses: {'200': {description: ok}}
  /issues/{id}/counts:
    post:
      tags: [issues]
      operationId: addCount
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      requestBody:
        content:
          multipart/form-data:
            schema: {type: integer}
      responses: {'200': {description: ok}}
"#;

fn render() -> (Files, Report) {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("api.yaml"), SPEC).expect("write spec");
    wooshpay_codegen::render(dir.path(), &Options::default()).expect("spec renders")
}

#[test]
fn a_file_schema_is_one_file_part() {
    let (files, report) = render();
    assert_eq!(report.operations, 2, "{:?}", report.diagnostics);
    let issues = &files["src/resources/issues.rs"];
    assert!(issues.contains("pub fn add_attachment("), "{issues}");
    assert!(issues.contains("form.file(\"file\", "), "{issues}");
    assert!(issues.contains("pub fn add_scan("), "{issues}");
    assert!(issues.contains("form.file(\"scan\", "), "{issues}");
    assert!(!issues.contains("pub fn add_count("), "{issues}");
    let types = &files["src/types.rs"];
    assert!(types.contains("pub file: crate::FileUpload,"), "{types}");
    assert!(types.contains("pub scan: crate::FileUpload,"), "{types}");
    let multipart: Vec<String> = report
        .diagnostics
        .iter()
        .filter(|d| d.kind == DiagnosticKind::Unsupported(Construct::MultipartBody))
        .map(|d| d.to_string())
        .collect();
    assert_eq!(multipart.len(), 3, "{multipart:?}");
    assert!(
        multipart.iter().any(|m| m.contains("part `file`")),
        "{multipart:?}"
    );
    assert!(
        multipart
            .iter()
            .any(|m| m.contains("`add_count` is not generated")),
        "{multipart:?}"
    );
}
