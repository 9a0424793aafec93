//! Structs with required fields: no `Default` (it would send `0` or `""` for a value the API
//! needs), a `new(required…)` constructor instead; structs whose fields are all optional keep
//! `Default`.

use wooshpay_codegen::Options;

const SPEC: &str = r##"
openapi: 3.0.1
info: { title: Shop, version: "1" }
paths:
  /v1/orders:
    post:
      operationId: createOrder
      tags: [Orders]
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/NewOrder' }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Filters' }
components:
  schemas:
    NewOrder:
      type: object
      required: [amount, currency, self, next]
      properties:
        amount: { type: integer }
        currency: { type: string }
        note: { type: string }
        self: { type: boolean }
        next: { $ref: '#/components/schemas/NewOrder' }
    Filters:
      type: object
      properties:
        limit: { type: integer }
"##;

fn types_rs() -> String {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("api.yaml"), SPEC).expect("write spec");
    let (files, _) = wooshpay_codegen::render(dir.path(), &Options::default()).expect("renders");
    files["src/types.rs"].clone()
}

/// The text of the item that starts with `header`, up to the next blank line + doc comment.
fn item<'a>(source: &'a str, header: &str) -> &'a str {
    let start = source
        .find(header)
        .unwrap_or_else(|| panic!("no `{header}`:\n{source}"));
    let rest = &source[start..];
    &rest[..rest[1..]
        .find("\n\n///")
        .map(|i| i + 1)
        .unwrap_or(rest.len())]
}

#[test]
fn a_struct_with_required_fields_has_new_and_no_default() {
    let types = types_rs();
    let before = &types[..types.find("pub struct NewOrder").expect("NewOrder")];
    let derive = &before[before.rfind("#[derive").expect("derive")..];
    assert!(!derive.contains("Default"), "{derive}");
    let ctor = item(&types, "impl NewOrder {");
    // Required fields in field order, strings as `impl Into<String>`, the recursive field
    // taken unboxed; the optional field starts as `None`.
    assert!(ctor.contains("pub fn new("), "{ctor}");
    assert!(ctor.contains("amount: i64"), "{ctor}");
    assert!(ctor.contains("currency: impl Into<String>"), "{ctor}");
    assert!(ctor.contains("currency: currency.into()"), "{ctor}");
    assert!(ctor.contains("note: None"), "{ctor}");
    assert!(!ctor.contains("Default"), "{ctor}");
}

#[test]
fn a_struct_without_required_fields_keeps_default_and_has_no_new() {
    let types = types_rs();
    let start = types.find("pub struct Filters").expect("Filters");
    let derive = &types[types[..start].rfind("#[derive").expect("derive")..start];
    assert!(derive.contains("Default"), "{derive}");
    assert!(!types.contains("impl Filters {\n    /// A"), "{types}");
}

/// A deprecated property is a `#[deprecated]` field: users who touch it get the compiler's
/// warning, while the crate's own derives, constructor and serde impls allow it.
#[test]
fn deprecated_fields_are_marked_and_the_crates_own_uses_allowed() {
    let spec = SPEC.replace(
        "        note: { type: string }\n",
        "        note: { type: string, deprecated: true }\n",
    );
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("api.yaml"), spec).expect("write spec");
    let (files, _) = wooshpay_codegen::render(dir.path(), &Options::default()).expect("renders");
    let types = &files["src/types.rs"];
    let field = &types[..types.find("pub note: Option<String>").expect("note field")];
    assert!(field.trim_end().ends_with("#[deprecated]"), "{types}");
    for item in [
        "pub struct NewOrder",
        "impl NewOrder {",
        "impl serde::Serialize for NewOrder",
    ] {
        let at = types
            .find(item)
            .unwrap_or_else(|| panic!("no `{item}`:\n{types}"));
        let head = &types[types[..at].rfind("\n\n").unwrap_or(0)..at];
        assert!(head.contains("#[allow(deprecated)]"), "{item}: {head}");
    }
}
