//! `[resources]` selects operations by tag, path pattern and operation id: the others are not
//! generated, the types only they reach are left out, and a selector that selects nothing is an
//! error located in the settings file.

use wooshpay_codegen::{ErrorKind, Files, Options};

const SPEC: &str = r##"openapi: 3.0.1
info: { title: Shop, version: "1" }
paths:
  /v1/orders:
    get:
      operationId: listOrders
      tags: [Orders]
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Order' } } } }
    post:
      operationId: createOrder
      tags: [Orders]
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Order' } } } }
  /v1/orders/{id}/refund:
    post:
      operationId: refundOrder
      tags: [Refunds]
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Refund' } } } }
  /v1/admin/audit:
    get:
      operationId: audit
      tags: [Admin]
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/AuditLog' } } } }
components:
  schemas:
    Order: { type: object, properties: { id: { type: string } } }
    Refund: { type: object, properties: { id: { type: string }, amount: { type: integer } } }
    AuditLog: { type: object, properties: { entries: { type: array, items: { type: string } } } }
"##;

fn render(settings: &str) -> wooshpay_codegen::Result<Files> {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("api.yaml"), SPEC).expect("write spec");
    std::fs::write(dir.path().join("codegen.toml"), settings).expect("write settings");
    wooshpay_codegen::render(dir.path(), &Options::default()).map(|(files, _)| files)
}

fn methods(files: &Files) -> String {
    files
        .iter()
        .filter(|(name, _)| name.starts_with("src/resources/"))
        .map(|(_, text)| text.as_str())
        .collect()
}

#[test]
fn tags_paths_and_operation_ids_select_operations_and_their_types() {
    let files = render(
        "[resources]\ninclude_tags = [\"Orders\"]\ninclude_operations = [\"POST /v1/orders/{id}/refund\"]\nexclude_operations = [\"createOrder\"]\n",
    )
    .expect("renders");
    let methods = methods(&files);
    assert!(methods.contains("\"/v1/orders\""), "{methods}");
    assert!(methods.contains("/refund"), "{methods}");
    assert!(!methods.contains("/v1/admin/audit"), "{methods}");
    assert_eq!(
        methods.matches("Method::POST").count(),
        1,
        "createOrder left out:\n{methods}"
    );
    let types = &files["src/types.rs"];
    assert!(types.contains("pub struct Order"), "{types}");
    assert!(types.contains("pub struct Refund"), "{types}");
    // Only the left-out operation reached it.
    assert!(!types.contains("AuditLog"), "{types}");
    // Prism serves what the crate calls.
    assert!(!files["openapi.json"].contains("/v1/admin/audit"));
}

#[test]
fn path_patterns_exclude_a_subtree() {
    let files = render("[resources]\nexclude_paths = [\"/v1/admin/**\"]\n").expect("renders");
    let methods = methods(&files);
    assert!(!methods.contains("/v1/admin/audit"), "{methods}");
    assert!(methods.contains("/refund"), "{methods}");
    assert!(!files["src/types.rs"].contains("AuditLog"));
}

#[test]
fn a_selector_that_selects_nothing_is_located_in_the_settings() {
    let err = render("[resources]\ninclude_tags = [\"Orders\"]\nexclude_paths = [\"/v2/**\"]\n")
        .expect_err("nothing under /v2");
    assert_eq!(err.kind(), ErrorKind::Settings, "{err}");
    let location = err.location().expect("located");
    assert_eq!(
        (location.line, location.column),
        (Some(3), Some(18)),
        "{err}"
    );
}
