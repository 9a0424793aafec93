//! Every operation method's rustdoc carries a `no_run` example built from the required fields
//! of its arguments (`new(..)` for a body with required fields), compiled as a doctest.

use wooshpay_codegen::Options;

const SPEC: &str = r##"
openapi: 3.0.1
info: { title: Shop, version: "1" }
paths:
  /v1/orders/{order_id}:
    post:
      operationId: updateOrder
      tags: [Orders]
      parameters:
        - { name: order_id, in: path, required: true, schema: { type: string } }
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/NewOrder' }
      responses:
        '200': { description: ok }
components:
  schemas:
    NewOrder:
      type: object
      required: [amount, currency, kind, address]
      properties:
        amount: { type: integer }
        currency: { type: string }
        note: { type: string }
        kind: { type: string, enum: [retail, wholesale] }
        address: { $ref: '#/components/schemas/Address' }
    Address:
      type: object
      required: [line1]
      properties:
        line1: { type: string }
"##;

#[test]
fn required_field_body_gets_an_example_calling_new() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("api.yaml"), SPEC).expect("write spec");
    let mut options = Options::default();
    options.emit.crate_name = "shop".into();
    let (files, _) = wooshpay_codegen::render(dir.path(), &options).expect("renders");
    let orders = &files["src/resources/orders.rs"];
    assert!(orders.contains("/// ```no_run"), "{orders}");
    assert!(
        orders.contains("/// # async fn run(client: shop::Client) -> Result<(), shop::Error> {"),
        "{orders}"
    );
    assert!(
        orders.contains(
            "/// let body = shop::NewOrder::new(\n    ///     1,\n    ///     \"...\",\n    ///     shop::NewOrderKind::Retail,\n    ///     shop::Address::new(\"...\"),\n    /// );"
        ),
        "{orders}"
    );
    assert!(
        orders.contains("/// let _response = client.orders().update_order(\"...\", &body).await?;"),
        "{orders}"
    );
}

/// Every operation method of the generated WooshPay crate has a `no_run` example.
#[test]
fn every_wooshpay_operation_has_an_example() {
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../generated-client/src/resources");
    let (mut methods, mut examples) = (0, 0);
    for entry in std::fs::read_dir(&dir).expect("resources dir") {
        let path = entry.expect("entry").path();
        let text = std::fs::read_to_string(&path).expect("read");
        let m = text.matches("crate::Call<'a,").count()
            + text.matches("Result<crate::sse::EventStream").count();
        let e = text.matches("/// ```no_run").count();
        assert_eq!(m, e, "{}: {m} operations, {e} examples", path.display());
        methods += m;
        examples += e;
    }
    assert!(methods > 50, "{methods} operations found");
    assert_eq!(methods, examples);
}

/// A JSON body whose schema is a string is taken as `&String`: the example binds an owned
/// `String` (binding `"..."` passed `&&str`, which did not compile: apideck's file-storage spec).
#[test]
fn a_string_json_body_is_bound_as_an_owned_string() {
    let spec = r##"
openapi: 3.0.1
info: { title: Shop, version: "1" }
paths:
  /v1/notes/{note_id}:
    put:
      operationId: putNote
      tags: [Notes]
      parameters:
        - { name: note_id, in: path, required: true, schema: { type: string } }
      requestBody:
        required: true
        content:
          application/json:
            schema: { type: string }
      responses:
        '200': { description: ok }
"##;
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("api.yaml"), spec).expect("write spec");
    let mut options = Options::default();
    options.emit.crate_name = "shop".into();
    let (files, _) = wooshpay_codegen::render(dir.path(), &options).expect("renders");
    let notes = &files["src/resources/notes.rs"];
    assert!(notes.contains("body: &String"), "{notes}");
    assert!(
        notes.contains("/// let body = \"...\".to_string();"),
        "{notes}"
    );
}

/// A body example in the spec gives the doc example its values: required fields through
/// `new`, the optional fields it sets written out (laid out as rustfmt would), enum values as
/// their variants, integers sent as text parsed; text a doc comment cannot hold stays `"..."`.
#[test]
fn the_specs_body_example_gives_the_values() {
    let spec = SPEC.replace(
        "            schema: { $ref: '#/components/schemas/NewOrder' }\n",
        "            schema: { $ref: '#/components/schemas/NewOrder' }\n            example: { amount: \"250\", currency: EUR, kind: wholesale, note: \"gift ``` wrap\", address: { line1: 1 Main St } }\n",
    );
    let spec = spec.replace(
        "        note: { type: string }\n",
        "        note: { type: string }\n        gift: { type: boolean }\n        tags: { type: array, items: { type: string } }\n",
    );
    let spec = spec.replace(
        "address: { line1: 1 Main St } }",
        "address: { line1: 1 Main St }, gift: true, tags: [a, b] }",
    );
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("api.yaml"), spec).expect("write spec");
    let mut options = Options::default();
    options.emit.crate_name = "shop".into();
    let (files, _) = wooshpay_codegen::render(dir.path(), &options).expect("renders");
    let orders = &files["src/resources/orders.rs"];
    let expected = [
        "/// let body = shop::NewOrder {",
        "///     note: Some(\"...\".to_string()),",
        "///     gift: Some(true),",
        "///     tags: Some(vec![\"a\".to_string(), \"b\".to_string()]),",
        "///     ..shop::NewOrder::new(",
        "///         250,",
        "///         \"EUR\",",
        "///         shop::NewOrderKind::Wholesale,",
        "///         shop::Address::new(\"1 Main St\"),",
        "///     )",
        "/// };",
    ];
    let lines: Vec<&str> = orders.lines().map(str::trim_start).collect();
    let start = lines
        .iter()
        .position(|l| *l == expected[0])
        .unwrap_or_else(|| panic!("{orders}"));
    assert_eq!(
        &lines[start..start + expected.len()],
        &expected[..],
        "{orders}"
    );
}
