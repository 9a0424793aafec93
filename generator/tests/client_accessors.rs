//! A resource named like a method of the runtime's `Client` (`raw`, `new`, `base_url`, ...)
//! gets an accessor with a suffix, so the generated crate compiles and the client's own method
//! stays what it is.

use wooshpay_codegen::Options;

const SPEC: &str = r#"
openapi: 3.0.1
info: {title: Shadows, version: 1.0.0}
servers: [{url: https://api.example.com}]
paths:
  /raw/{id}:
    get:
      summary: Retrieve a raw record
      tags: [Raw]
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {id: {type: string}}}
  /v1/urls:
    get:
      summary: List all urls
      tags: [Url]
      responses:
        '200': {description: ok}
  /v1/notes:
    get:
      summary: List all notes
      tags: [Notes]
      responses:
        '200': {description: ok}
"#;

#[test]
fn resources_named_like_client_methods_take_a_suffix() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("api.yaml"), SPEC).expect("write spec");
    let (files, report) =
        wooshpay_codegen::render(dir.path(), &Options::default()).expect("spec renders");
    let all: String = files
        .iter()
        .filter(|(path, _)| path.starts_with("src/resources/"))
        .map(|(_, text)| text.as_str())
        .collect();
    assert!(all.contains("pub fn raw_resource(&self)"), "{all}");
    assert!(all.contains("pub fn url_resource(&self)"), "{all}");
    assert!(all.contains("pub fn notes(&self)"), "{all}");
    assert!(!all.contains("pub fn raw(&self)"), "{all}");
    for name in ["raw", "url"] {
        assert!(
            report.diagnostics.iter().any(|d| d
                .message
                .contains(&format!("`Client::{name}` is the client's own method"))),
            "{report}"
        );
    }
}
